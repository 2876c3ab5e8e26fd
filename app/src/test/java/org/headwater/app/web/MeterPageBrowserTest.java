package org.headwater.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.headwater.app.config.CurrentNetwork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The meter page in Chromium: the read history with the meter's alert marked, its alarm codes and attributes. */
class MeterPageBrowserTest extends BrowserTestSupport {

    @Autowired
    CurrentNetwork network;

    @Test
    void theMeterPageChartsTheReadsMarksTheAlertAndListsTheAlarmAndTheMeterAttributes() throws Exception {
        Instant alarm = SUITE_HOUR.minus(30, ChronoUnit.HOURS);
        String alert = new SmallTown(network, baseUrl(), adminPassword()).backflowAlarm("M1", alarm);
        Page page = newPage(1366, 768);
        login(page, "admin", adminPassword());

        page.navigate(url("/meter.html?id=M1"));

        assertThat(page.locator("#meter-title")).containsText("Meter M1");
        // hourly reads from a day before the alarm to a day after it, all inside the default last 7 days
        assertThat(page.locator("#reads-chart")).hasAttribute("data-reads", "49");
        assertThat(page.locator("#reads-chart")).hasAttribute("data-markers", "1");
        assertThat(page.locator("#reads-chart")).hasAttribute("data-drawn-markers", "1");
        assertThat(page.locator("#reads-chart canvas")).hasCount(1);
        assertThat(page.locator("#reads-summary")).containsText("1 alert marked on the chart");
        assertThat(page.locator("#alarms")).containsText("REVERSE_FLOW");
        // issue 15 item 5: one of a thing is said in the singular
        assertThat(page.locator("#alarms caption")).hasText("1 alarm code");
        assertThat(page.locator("#attributes")).containsText("solid-state");
        assertThat(page.locator("#attributes")).containsText("PR1");
        assertThat(page.locator("#rate")).containsText("expected reads");
        assertThat(page.locator("#alerts a", new Page.LocatorOptions().setHasText("Investigate"))
                        .first())
                .hasAttribute(
                        "href",
                        "investigations.html?alert="
                                + URLEncoder.encode(alert, StandardCharsets.UTF_8)
                                        .replace("+", "%20"));
        screenshot(page, "meter");

        page.locator("#range").selectOption("1");
        page.locator("#range-form button").click();
        // the last 24 hours hold only the reads since the alarm, and no alert
        assertThat(page.locator("#reads-chart")).hasAttribute("data-markers", "0");
    }

    @Test
    void alertsNewerThanTheLastReadAreDrawnAndThePremisesBackflowAndTamperAlertIsListed() throws Exception {
        // The demo's M-n103: reads arrive in 6-hourly batches, so its newest alerts lay beyond the last read
        // and the chart, sized to the reads, drew none; the premise's critical alert was not listed at all.
        Instant alarm = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(3, ChronoUnit.HOURS);
        new SmallTown(network, baseUrl(), adminPassword()).backflowAndTamperBeforeTheReads("M4", alarm);
        Page page = newPage(1366, 768);
        login(page, "admin", adminPassword());

        page.navigate(url("/meter.html?id=M4"));

        assertThat(page.locator("#reads-chart")).hasAttribute("data-reads", "25");
        // backflow and tamper at M4, backflow + tamper at PR4 (and what else the detectors make of the silence)
        assertThat(page.locator("#reads-chart")).hasAttribute("data-markers", java.util.regex.Pattern.compile("[3-9]"));
        String marked = page.locator("#reads-chart").getAttribute("data-markers");
        assertThat(page.locator("#reads-chart")).hasAttribute("data-drawn-markers", marked);
        assertThat(page.locator("#reads-summary")).containsText(marked + " alerts marked on the chart");
        assertThat(page.locator("#alerts tr", new Page.LocatorOptions().setHasText("premise PR4")))
                .containsText("Critical");
        assertThat(page.locator("#alerts a[href*='PR4%2FBACKFLOW_AND_TAMPER']")).hasCount(1);
    }
}
