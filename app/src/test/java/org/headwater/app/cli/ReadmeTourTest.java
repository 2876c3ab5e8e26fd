package org.headwater.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every command of the README's tour, as written, through bash against the demo started the way
 * {@code ./headwater demo} starts it (in-process, on a free port, with the password the README sets).
 * A command fails the test on a non-zero exit, empty output or an HTTP error status (curl runs with
 * {@code --fail-with-body}). The commands a test cannot run are named below with the reason and the test
 * that covers them instead; a tour command that is neither run nor named fails the test.
 */
class ReadmeTourTest {

    static final Path README = Path.of("../README.md");

    /** Commands not run here, by how they start, with why and what covers them. */
    static final Map<String, String> NOT_RUN = notRun();

    private static Map<String, String> notRun() {
        Map<String, String> notRun = new LinkedHashMap<>();
        notRun.put(
                "HEADWATER_ADMIN_PASSWORD=",
                "starts the demo until Ctrl-C: this test starts the same demo in-process with that password");
        notRun.put("curl -sN ", "a server-sent event stream that runs until Ctrl-C");
        notRun.put("./headwater import ", "needs the demo stopped; ExampleReadsTest, CommandLineContextTest");
        notRun.put(
                "./headwater eval wq-events", "TRAIN/TEST are the GECCO files (GPL-3, not shipped); WqEventsEvalTest");
        notRun.put("./headwater eval ", "an evaluation of minutes; DemandEvalTest, BreakRiskEvalTest");
        notRun.put("./headwater audit verify", "needs the demo stopped; AuditCommandTest");
        notRun.put("./headwater detect ", "a year of reads, minutes; DetectCommandTest");
        notRun.put("./headwater bench", "throughput benchmarks of minutes; figures in docs/benchmarks.md");
        notRun.put(
                "./headwater opcua browse ",
                "needs a utility's OPC UA server; OpcUaSecurityTest browses the in-process one through OpcUaBrowser");
        return notRun;
    }

    @Test
    void everyTourCommandRunsAsWrittenAgainstTheDemo(@TempDir Path dataDirectory) throws Exception {
        assumeThat(onPath("bash") && onPath("curl"))
                .as("the README's tour needs bash and curl")
                .isTrue();
        List<String> commands = ReadmeTour.read(README).commands();
        String password = demoPassword(commands);

        DemoCommand demo = new DemoCommand();
        demo.port = 0;
        demo.dataDirectory = dataDirectory;
        demo.speed = 60;
        List<String> failures = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try (ConfigurableApplicationContext server = demo.start(Map.of("headwater.admin-password", password))) {
            int port = ((WebServerApplicationContext) server).getWebServer().getPort();
            // The README runs the forecast command "a minute or two after the first start": the
            // forecast job starts when the server is ready and takes a few seconds.
            awaitOk(port, password, "/api/v1/forecasts/dma/zone-A", "the demo's first forecast");
            // The demo scores its simulated break history once at the first start (about 20 s).
            awaitOk(port, password, "/api/v1/risk/pipes", "the demo's first ranked main-break list");
            String setup = "set -o pipefail\ncurl() { command curl --fail-with-body --max-time 20 \"$@\"; }\n";
            for (String command : commands) {
                String reason = reasonNotRun(command);
                if (reason != null) {
                    skipped.add(command.lines().findFirst().orElseThrow() + "\n      not run: " + reason);
                } else if (command.startsWith("export ")) {
                    // The server listens on a free port instead of the README's 8080.
                    setup += command.replace("localhost:8080", "localhost:" + port) + "\n";
                } else {
                    Result result = bash(setup + command);
                    if (result.exit() != 0 || result.out().isBlank()) {
                        failures.add(command + "\n  exit " + result.exit() + ", output: " + abbreviate(result.out()));
                    }
                }
            }
        }
        System.out.println("README tour commands not run by this test:\n  " + String.join("\n  ", skipped));
        assertThat(failures).as("tour commands that failed").isEmpty();
        assertThat(NOT_RUN.keySet())
                .as("every listed exception still matches a tour command")
                .allMatch(prefix -> commands.stream().anyMatch(c -> c.startsWith(prefix)));
        assertThat(commands.size() - skipped.size()).as("commands run").isGreaterThanOrEqualTo(15);
    }

    @Test
    void theTourIsReadAsShellCommandsWithMultiLineOnesKeptWhole() throws IOException {
        List<String> commands = ReadmeTour.read(README).commands();

        assertThat(commands).contains("export HW=http://localhost:8080");
        assertThat(commands)
                .filteredOn(c -> c.contains("/api/v1/ingest/reads"))
                .singleElement()
                .satisfies(c -> assertThat(c.lines()).hasSize(3));
        assertThat(commands).noneMatch(c -> c.startsWith("#"));
        assertThat(commands)
                .as("a comment with an apostrophe ends its command")
                .filteredOn(c -> c.contains("/api/v1/audit/verify"))
                .singleElement()
                .satisfies(c -> assertThat(c.lines()).hasSize(1));
        assertThat(commands)
                .filteredOn(c -> c.startsWith("./headwater eval demand"))
                .singleElement()
                .satisfies(c -> assertThat(c.lines()).hasSize(3));
    }

    private static void awaitOk(int port, String password, String path, String what) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)))
                .build();
        Awaitility.await(what)
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> http.send(request, HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200);
    }

    private static String reasonNotRun(String command) {
        return NOT_RUN.entrySet().stream()
                .filter(e -> command.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private static String demoPassword(List<String> commands) {
        Pattern demo = Pattern.compile("^HEADWATER_ADMIN_PASSWORD=(\\S+) \\./headwater demo$");
        for (String command : commands) {
            Matcher m = demo.matcher(command);
            if (m.matches()) {
                return m.group(1);
            }
        }
        throw new AssertionError("the tour does not start the demo with HEADWATER_ADMIN_PASSWORD=... ./headwater demo");
    }

    private record Result(int exit, String out) {}

    private static Result bash(String script) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", script)
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, out + " [timed out]");
        }
        return new Result(process.exitValue(), out);
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(java.io.File.pathSeparator)) {
            if (!directory.isBlank() && Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "..." : text;
    }
}
