package org.headwater.app.web;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Which Chromium the browser tests drive: the one named by {@code HEADWATER_CHROMIUM}, else
 * {@code /usr/bin/chromium}, else a Chromium or Chrome on {@code PATH}, else Playwright's own download
 * (the headless shell of the Chromium build the Playwright version pins, into {@code ~/.cache/ms-playwright}).
 *
 * @param executable the browser to launch, or null for Playwright's downloaded one
 * @param reason why this one, printed once so a run says which browser it used
 */
record ChromiumChoice(@Nullable Path executable, String reason) {

    static final String VARIABLE = "HEADWATER_CHROMIUM";
    static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");
    static final List<String> NAMES_ON_PATH =
            List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

    /** Chooses from the environment; {@code executable} says whether a file can be run. */
    static ChromiumChoice choose(Map<String, String> environment, Predicate<Path> executable) {
        String named = environment.get(VARIABLE);
        if (named != null && !named.isBlank()) {
            Path path = Path.of(named);
            if (!executable.test(path)) {
                throw new IllegalStateException(VARIABLE + " names " + named + ", which is not an executable file");
            }
            return new ChromiumChoice(path, VARIABLE + "=" + named);
        }
        if (executable.test(DEBIAN_CHROMIUM)) {
            return new ChromiumChoice(DEBIAN_CHROMIUM, "the system's " + DEBIAN_CHROMIUM);
        }
        return onPath(environment.getOrDefault("PATH", ""), executable)
                .map(path -> new ChromiumChoice(path, path + " found on PATH"))
                .orElseGet(() -> new ChromiumChoice(
                        null, "no local Chromium: Playwright's own Chromium download (~/.cache/ms-playwright)"));
    }

    boolean usesPlaywrightDownload() {
        return executable == null;
    }

    private static Optional<Path> onPath(String path, Predicate<Path> executable) {
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isBlank()) {
                continue;
            }
            for (String name : NAMES_ON_PATH) {
                Path candidate = Path.of(directory, name);
                if (executable.test(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
