package org.headwater.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./headwater} script itself, in a copy of the repository's layout with a stand-in JDK and
 * Maven wrapper that record how they were called: help without a rebuild, and {@code ./headwater test}.
 */
class LauncherScriptTest {

    @TempDir
    Path root;

    private Path jdk;

    @BeforeEach
    void layOutARepository() throws IOException {
        Files.copy(Path.of("../headwater"), root.resolve("headwater"));
        executable(root.resolve("headwater"));
        executable(write(root.resolve("mvnw"), """
                #!/usr/bin/env bash
                echo "mvnw $* JAVA_HOME=$JAVA_HOME" >> "$(dirname "$0")/calls.log"
                """));
        jdk = root.resolve("jdk-21");
        executable(write(jdk.resolve("bin/java"), """
                #!/usr/bin/env bash
                if [[ "$1" == -XshowSettings:properties ]]; then echo "    java.specification.version = 21" >&2; exit 0; fi
                echo "java $*" >> "$(dirname "$0")/../../calls.log"
                """));
        write(root.resolve("app/target/headwater.jar"), "jar");
        write(root.resolve("bench/target/headwater-bench.jar"), "jar");
        Path source = write(root.resolve("app/src/main/java/Changed.java"), "class Changed {}");
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(60)));
    }

    @Test
    void helpIsAnsweredFromTheExistingJarsWithoutBuildingEvenWhenSourcesChanged() throws Exception {
        String err = launch("demo", "--help");

        String app = root.toRealPath() + "/app/target";
        assertThat(calls())
                .isEqualTo("java -Djarmode=tools -jar " + app + "/headwater.jar extract --destination " + app
                        + "/extracted\n" + "java -jar " + app + "/extracted/headwater.jar demo --help\n");
        assertThat(err).doesNotContain("building");
    }

    @Test
    void theServerRunsFromTheExtractedJarWhichIsOnlyExtractedAgainWhenTheJarIsNewer() throws Exception {
        Path extracted = write(root.resolve("app/target/extracted/headwater.jar"), "extracted");
        Files.setLastModifiedTime(extracted, FileTime.from(Instant.now().plusSeconds(30)));

        launch("demo", "--help");

        assertThat(calls())
                .isEqualTo("java -jar " + root.toRealPath() + "/app/target/extracted/headwater.jar demo --help\n");
    }

    @Test
    void helpWithoutJarsSaysTheBuildComesFirst() throws Exception {
        Files.delete(root.resolve("app/target/headwater.jar"));

        String err = launch("import", "reads", "-h");

        assertThat(err).contains("not built yet: building them first");
        assertThat(calls()).startsWith("mvnw -q -B -DskipTests").contains("package");
    }

    @Test
    void anyOtherCommandRebuildsStaleJarsFirst() throws Exception {
        launch("audit", "verify");

        assertThat(calls().lines()).first().asString().startsWith("mvnw -q -B -DskipTests");
    }

    @Test
    void testRunsMavenVerifyWithTheJdkItFoundAndPassesTheArgumentsOn() throws Exception {
        launch("test", "-pl", "core");

        assertThat(calls()).isEqualTo("mvnw -B verify -pl core JAVA_HOME=" + jdk.toRealPath() + "\n");
    }

    private String launch(String... args) throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder("bash", root.resolve("headwater").toString());
        builder.command().addAll(java.util.List.of(args));
        builder.directory(root.toFile());
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("HEADWATER_SKIP_BUILD");
        builder.environment().put("HEADWATER_JAVA", jdk.resolve("bin/java").toString());
        Process process =
                builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(err).isZero();
        return err;
    }

    private String calls() throws IOException {
        return Files.readString(root.resolve("calls.log"));
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
