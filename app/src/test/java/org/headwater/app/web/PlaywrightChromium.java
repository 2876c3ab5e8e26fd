package org.headwater.app.web;

import com.microsoft.playwright.impl.driver.Driver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Playwright's own Chromium for machines without one: {@code playwright install --only-shell chromium}
 * through the driver bundled in the Playwright jar. It fetches the Chromium headless shell that this
 * Playwright version pins (1.52: Chromium 136, build 1169) and ffmpeg from {@code cdn.playwright.dev}
 * into {@code ~/.cache/ms-playwright} (or {@code PLAYWRIGHT_BROWSERS_PATH}); later runs find them there
 * and fetch nothing.
 */
final class PlaywrightChromium {

    private PlaywrightChromium() {}

    static synchronized void install() {
        Driver driver = Driver.ensureDriverInstalled(Map.of(), false);
        ProcessBuilder install = driver.createProcessBuilder();
        install.command().addAll(java.util.List.of("install", "--only-shell", "chromium"));
        install.inheritIO();
        try {
            int exit = install.start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("`playwright install --only-shell chromium` failed with exit code "
                        + exit + "; install Chromium locally or set HEADWATER_CHROMIUM to a Chromium executable");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run Playwright's browser installer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Playwright downloaded Chromium", e);
        }
    }
}
