package org.headwater.bench.hydraulics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A private install of the {@code epanet-js} npm package and of our runner script, in a cache directory:
 * the script, {@code package.json} and {@code package-lock.json} (pinning epanet-js {@value #VERSION}) are
 * copied from the bench jar, then {@code npm ci} fetches the package from the npm registry the first time.
 */
public final class EpanetJsInstall {

    public static final String VERSION = "0.9.0";
    static final String SCRIPT = "epanet-run.mjs";
    private static final List<String> FILES = List.of("package.json", "package-lock.json", SCRIPT);
    private static final Pattern NODE_VERSION = Pattern.compile("v(\\d+)\\.");

    private final Path directory;
    private final String nodeVersion;

    private EpanetJsInstall(Path directory, String nodeVersion) {
        this.directory = directory;
        this.nodeVersion = nodeVersion;
    }

    /** The default cache: {@code ~/.cache/headwater/epanet-js-0.9.0}. */
    public static Path defaultDirectory() {
        return Path.of(System.getProperty("user.home"), ".cache", "headwater", "epanet-js-" + VERSION);
    }

    /** The {@code node --version} on the PATH, or empty text when there is no node to run. */
    public static String nodeVersion() {
        try {
            Process process = new ProcessBuilder("node", "--version")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /**
     * Makes sure the package is installed in {@code directory}, saying on {@code log} whether it installs it
     * from the npm registry or finds it there from an earlier run.
     *
     * @throws IllegalStateException when Node 20+ or npm is missing, or npm fails
     */
    public static EpanetJsInstall ensure(Path where, PrintStream log) throws IOException, InterruptedException {
        // absolute, because Node runs with the install as its working directory
        Path directory = where.toAbsolutePath().normalize();
        String version = nodeVersion();
        Matcher major = NODE_VERSION.matcher(version);
        if (!major.lookingAt() || Integer.parseInt(major.group(1)) < 20) {
            throw new IllegalStateException(
                    "EPANET runs under Node 20 or newer (the epanet-js package); `node --version` gave '" + version
                            + "'. Install Node 20+ (for example `apt-get install nodejs npm`) and run again.");
        }
        Files.createDirectories(directory);
        boolean lockChanged = false;
        for (String name : FILES) {
            byte[] bundled = bundled(name);
            Path target = directory.resolve(name);
            if (!Files.exists(target) || !Arrays.equals(Files.readAllBytes(target), bundled)) {
                lockChanged |= !name.equals(SCRIPT);
                Files.write(target, bundled);
            }
        }
        Path installed = directory.resolve("node_modules/epanet-js/package.json");
        if (lockChanged
                || !Files.exists(installed)
                || !Files.readString(installed).contains("\"version\": \"" + VERSION + "\"")) {
            log.println("bench hydraulics: installing epanet-js " + VERSION + " from the npm registry into " + directory
                    + " (npm ci)");
            run(directory, log, "npm", "ci", "--no-audit", "--no-fund");
        } else {
            log.println("bench hydraulics: epanet-js " + VERSION + " is installed in " + directory
                    + " (fetched from the npm registry on an earlier run)");
        }
        return new EpanetJsInstall(directory, version);
    }

    public Path directory() {
        return directory;
    }

    public Path script() {
        return directory.resolve(SCRIPT);
    }

    public String nodeVersionText() {
        return nodeVersion;
    }

    private static byte[] bundled(String name) throws IOException {
        try (InputStream in = EpanetJsInstall.class.getResourceAsStream("/epanet-js/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the bench jar lacks epanet-js/" + name + "; rebuild it");
            }
            return in.readAllBytes();
        }
    }

    private static void run(Path directory, PrintStream log, String... command)
            throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start `" + String.join(" ", command) + "`: is npm installed?", e);
        }
        List<String> output = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                output.add(line);
                log.println("  npm: " + line);
            }
        }
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(
                    "`" + String.join(" ", command) + "` failed in " + directory + ": " + String.join(" | ", output));
        }
    }
}
