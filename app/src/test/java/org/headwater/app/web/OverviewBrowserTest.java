package org.headwater.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.assertj.core.api.Assertions;
import org.headwater.app.config.CurrentNetwork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The overview after sign-in: open alerts by type and the newest ones, each leading to its investigation. */
class OverviewBrowserTest extends BrowserTestSupport {

    @Autowired
    CurrentNetwork network;

    @Test
    void aSignedInManagerSeesTheOpenBackflowAlertAndCanGoToItsInvestigation() throws Exception {
        Instant alarm = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(2, ChronoUnit.DAYS);
        String alert = new SmallTown(network, baseUrl(), adminPassword()).backflowAlarm("M2", alarm);
        Page page = newPage(1366, 768);
        login(page, "admin", adminPassword());
        page.navigate(url("/index.html"));

        assertThat(page.locator("#frame")).containsText("admin");
        assertThat(page.locator("#frame a[href$='thresholds.html']")).hasCount(1);
        assertThat(page.locator("#open-counts")).containsText("Backflow");
        assertThat(page.locator("#recent tbody")).containsText("Backflow");
        assertThat(page.locator("#recent tbody")).containsText("M2");
        // Other tests in the shared context add newer alerts: take the link on M2's backflow row.
        String investigate = page.locator("#recent tbody tr")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("M2"))
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Backflow"))
                .locator("a:has-text('Investigate')")
                .first()
                .getAttribute("href");
        Assertions.assertThat(investigate)
                .startsWith("investigations.html?alert=")
                .contains("M2");
        // EPA figure 5-1 panels, drawn from the server's daily counts and meter totals.
        assertThat(page.locator("#backflow-chart"))
                .hasAttribute(
                        "aria-label",
                        java.util.regex.Pattern.compile(
                                "Backflow and tamper: (1 alert|[1-9][0-9]+ alerts|[2-9] alerts) raised"));
        assertThat(page.locator("#backflow-chart canvas")).hasCount(1);
        assertThat(page.locator("#consumption-note")).containsText("m³ over 7 days");
        assertThat(page.locator("#nonreporting-open")).containsText("not reporting now");
        screenshot(page, "overview");
        Assertions.assertThat(alert).startsWith("M2/BACKFLOW/");
    }

    @Autowired
    org.headwater.risk.RunAttempts runAttempts;

    /** Issue 15 item 2: a break-risk run that failed is on the dashboard with its reason, not only in a log. */
    @Test
    void aFailedBreakRiskRunIsShownWithItsReason() {
        Instant now = Instant.now();
        long id = runAttempts.started("on demand by admin", now).id();
        runAttempts.failed(id, now.plusSeconds(2), "no main breaks are stored: import the break history first");
        Page page = newPage(1366, 768);
        login(page, "admin", adminPassword());
        page.navigate(url("/index.html"));

        assertThat(page.locator("#risk-runs-table tbody"))
                .containsText("Failed: no main breaks are stored: import the break history first");
        assertThat(page.locator("#risk-runs-table tbody")).containsText("on demand by admin");
    }

    @Test
    void atTabletWidthTheOverviewNeedsNoSidewaysScrolling() {
        Page page = newPage(768, 1024);
        login(page, "admin", adminPassword());
        page.navigate(url("/index.html"));
        assertThat(page.locator("#open-title")).isVisible();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        Assertions.assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    }
}
