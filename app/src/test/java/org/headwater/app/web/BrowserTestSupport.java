package org.headwater.app.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.headwater.app.security.Role;
import org.headwater.app.security.UserAccounts;
import org.headwater.testkit.EmbeddedMqttBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real application on a random port with the embedded PostgreSQL, driven by a headless Chromium
 * through Playwright: a local one when there is one, else Playwright's download ({@link ChromiumChoice}). Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTestSupport {

    static final String ADMIN_PASSWORD = "a-long-browser-test-password";

    /**
     * The hour the browser tests anchor their meters' reads to: tests share one database, so two of them
     * pushing M1's reads "30 hours ago" either side of an hour boundary would give it a day and an hour of reads.
     */
    static final Instant SUITE_HOUR = Instant.now().truncatedTo(ChronoUnit.HOURS);

    // One directory per JVM: test classes sharing a cached application context share its database too.
    private static final Path DATA_DIRECTORY = newDataDirectory();
    // One broker per JVM for the same reason: the cached server stays subscribed to it.
    static final EmbeddedMqttBroker MQTT = EmbeddedMqttBroker.start();

    private static Playwright playwright;
    private static Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts userAccounts;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("headwater.database.data-directory", DATA_DIRECTORY::toString);
        registry.add("headwater.admin-password", () -> ADMIN_PASSWORD);
        registry.add("headwater.mqtt.enabled", () -> true);
        registry.add("headwater.mqtt.host", () -> "127.0.0.1");
        registry.add("headwater.mqtt.port", MQTT::port);
        registry.add("headwater.mqtt.client-id", () -> "headwater-browser-test");
        // approved work orders go to the labelled simulated CMMS, which moves each on every few seconds
        registry.add("headwater.cmms.kind", () -> "simulated-maximo");
        registry.add("headwater.cmms.dispatch-every", () -> "PT1S");
        registry.add("headwater.cmms.sync-every", () -> "PT1S");
        registry.add("headwater.cmms.simulated-step", () -> "PT4S");
    }

    @BeforeAll
    static void startChromium() {
        ChromiumChoice choice = ChromiumChoice.choose(System.getenv(), Files::isExecutable);
        if (choice.usesPlaywrightDownload()) {
            PlaywrightChromium.install();
        }
        System.out.println("Browser tests drive " + choice.reason());
        // Playwright for Java would otherwise fetch every browser it supports on each create().
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setArgs(List.of(
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--no-first-run"));
        if (choice.executable() != null) {
            options.setExecutablePath(choice.executable());
        }
        browser = playwright.chromium().launch(options);
        // Two shared cores under the whole suite can take longer than the 5 s default to render a page;
        // an expectation that never comes true still fails.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterAll
    static void stopChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void closePages() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** A fresh browser session (no cookies) with a window of the given size. */
    Page newPage(int width, int height) {
        BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(width, height).setAcceptDownloads(true));
        contexts.add(context);
        return context.newPage();
    }

    /** Signs in through the login form, as a person would. */
    void login(Page page, String username, String password) {
        page.navigate(url("/login.html"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.waitForNavigation(() -> page.locator("button[type=submit]").click());
    }

    /** Creates a local user once; later calls with the same name keep the first. */
    void createUser(String username, String password, Role... roles) {
        if (!userAccounts.exists(username)) {
            userAccounts.create(username, password, Set.of(roles));
        }
    }

    void screenshot(Page page, String name) {
        Path file = Path.of("target", "screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    String url(String path) {
        return baseUrl() + path;
    }

    String adminPassword() {
        return ADMIN_PASSWORD;
    }

    private static Path newDataDirectory() {
        try {
            Path directory = Files.createTempDirectory("headwater-browser-test");
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
