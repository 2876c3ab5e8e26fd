package org.headwater.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ChromiumChoiceTest {

    private static Predicate<Path> executables(String... paths) {
        Set<Path> present = Set.of(java.util.Arrays.stream(paths).map(Path::of).toArray(Path[]::new));
        return present::contains;
    }

    @Test
    void aNamedChromiumWinsOverTheSystemOne() {
        ChromiumChoice choice = ChromiumChoice.choose(
                Map.of("HEADWATER_CHROMIUM", "/opt/chrome/chrome"),
                executables("/opt/chrome/chrome", "/usr/bin/chromium"));

        assertThat(choice.executable()).isEqualTo(Path.of("/opt/chrome/chrome"));
    }

    @Test
    void aNamedChromiumThatCannotRunIsAnErrorNamingTheVariableAndPath() {
        assertThatThrownBy(() -> ChromiumChoice.choose(
                        Map.of("HEADWATER_CHROMIUM", "/nowhere/chrome"), executables("/usr/bin/chromium")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HEADWATER_CHROMIUM")
                .hasMessageContaining("/nowhere/chrome");
    }

    @Test
    void debiansChromiumIsUsedWhenPresent() {
        ChromiumChoice choice = ChromiumChoice.choose(
                Map.of("PATH", "/usr/local/bin"), executables("/usr/bin/chromium", "/usr/local/bin/chromium"));

        assertThat(choice.executable()).isEqualTo(Path.of("/usr/bin/chromium"));
    }

    @Test
    void aChromiumOnThePathIsFoundInPathOrder() {
        ChromiumChoice choice = ChromiumChoice.choose(
                Map.of("PATH", "/home/u/bin::/snap/bin:/opt/bin"),
                executables("/snap/bin/chromium-browser", "/opt/bin/chromium"));

        assertThat(choice.executable()).isEqualTo(Path.of("/snap/bin/chromium-browser"));
        assertThat(choice.usesPlaywrightDownload()).isFalse();
    }

    @Test
    void withoutAnyLocalChromiumPlaywrightsOwnDownloadIsUsed() {
        ChromiumChoice choice = ChromiumChoice.choose(Map.of("PATH", "/usr/bin:/bin"), executables());

        assertThat(choice.usesPlaywrightDownload()).isTrue();
        assertThat(choice.reason()).contains("Playwright");
    }
}
