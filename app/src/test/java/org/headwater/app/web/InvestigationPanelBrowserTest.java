package org.headwater.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.assertj.core.api.Assertions;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.app.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The investigation panel driven in Chromium: EPA figure 6-1 from the alert to a table 6-1 cause and the figure 6-2 records. */
class InvestigationPanelBrowserTest extends BrowserTestSupport {

    static final String MANAGER_PASSWORD = "an-ami-manager-password";

    @Autowired
    CurrentNetwork network;

    @BeforeEach
    void anAmiManager() {
        createUser("manager", MANAGER_PASSWORD, Role.AMI_MANAGER);
    }

    @Test
    void aBackflowAlertIsInvestigatedOnSiteClosedWithACauseAndFoundInTheRecordsAndTheCsv() throws Exception {
        Instant alarm = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.DAYS);
        String alert = new SmallTown(network, baseUrl(), adminPassword()).backflowAlarm("M1", alarm);
        Page page = newPage(1366, 768);
        login(page, "manager", MANAGER_PASSWORD);

        page.navigate(url("/investigations.html?alert=" + URLEncoder.encode(alert, StandardCharsets.UTF_8)));
        button(page, "Open investigation").click();
        assertThat(page.locator("#steps li.current")).containsText("Receive an AMI alert.");
        // figure 6-1: from step 1 the only move is the acknowledgement that starts the data review
        assertThat(page.locator("#moves button")).hasCount(1);
        button(page, "Acknowledge and start the data review").click();

        assertThat(page.locator("#steps li.current")).containsText("Review available data");
        assertThat(page.locator("#evidence")).containsText("REVERSE_FLOW");
        assertThat(page.locator("#evidence-chart canvas")).hasCount(1);
        // EPA table 6-2, data review for backflow, answered with the keyboard alone
        answerWithKeyboard(page, "OTHER_BACKFLOW_ALERTS_IN_AREA", "NOT_FOUND");
        answerWithKeyboard(page, "PRESSURE_DROPS_OR_SPIKES", "FOUND");
        page.locator("#check-PRESSURE_DROPS_OR_SPIKES-note").fill("Hydrant test on the main at 09:00");
        pressKey(page, button(page, "Data review done"), "Enter");

        button(page, "No, it is not shown invalid").click();
        assertThat(page.locator("#moves button")).hasCount(2);
        button(page, "No: inspect on site").click();
        answerWithKeyboard(page, "WATER_SHUT_OFF", "NOT_APPLICABLE");
        answerWithKeyboard(page, "METER_DIRECTION_CORRECT", "FOUND");
        screenshot(page, "investigation-on-site");
        button(page, "Site inspected").click();
        button(page, "No signs of contamination").click();
        button(page, "Close with a cause").click();

        // closing without a cause is not possible: the button waits for a cause and notes
        Locator close = button(page, "Close investigation");
        assertThat(close).isDisabled();
        page.locator("#conclusion-notes").fill("Pressure transient from the hydrant test; no backflow at the premise.");
        assertThat(close).isDisabled();
        page.locator("#close-cause").selectOption("SYSTEM_ACTIVITY");
        assertThat(close).isEnabled();
        close.click();

        assertThat(page.locator("#steps li.current")).containsText("Close investigation and log incident.");
        assertThat(page.locator("#checklist"))
                .containsText("Drops or spikes in system pressure? Found / yes — Hydrant test on the main at 09:00");
        Locator records = page.locator("#records-grid");
        assertThat(records).containsText("Valid alert: NON_CONTAMINATION (SYSTEM_ACTIVITY)");
        assertThat(records).containsText("manager");
        String id = page.locator("#detail-title").textContent().replaceAll(".*— ", "");

        Download download =
                page.waitForDownload(() -> button(page, "Export CSV").click());
        String csv = Files.readString(download.path());
        Assertions.assertThat(csv)
                .startsWith("investigation,alert_time,location,type,investigator,start,end,conclusion,notes")
                .contains(id + "," + alarm + ",M1,BACKFLOW,manager")
                .contains("Valid alert: NON_CONTAMINATION (SYSTEM_ACTIVITY)");
        screenshot(page, "investigation-closed");

        // tablet width: the panels fold to one column and the page does not scroll sideways
        page.setViewportSize(768, 1024);
        page.reload();
        assertThat(page.locator("#steps li.current")).containsText("Close investigation and log incident.");
        Assertions.assertThat((Boolean)
                        page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .isTrue();
        screenshot(page, "investigation-768");
    }

    @Test
    void anIncidentsInvestigationSaysWhyEachAlertIsInTheIncident() throws Exception {
        Instant alarm = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(2, ChronoUnit.HOURS);
        new SmallTown(network, baseUrl(), adminPassword()).backflowAndTamperBeforeTheReads("M3", alarm);
        String incident = "incident:M3/BACKFLOW/" + alarm;
        Page page = newPage(1366, 768);
        login(page, "manager", MANAGER_PASSWORD);

        page.navigate(url("/investigations.html?incident=" + URLEncoder.encode(incident, StandardCharsets.UTF_8)));
        button(page, "Open investigation").click();

        Locator members = page.locator("#incident-members li");
        assertThat(members).hasCount(3);
        assertThat(members.nth(0)).containsText("opened the incident");
        assertThat(page.locator("#incident-members")).containsText("TAMPER at M3 with BACKFLOW at M3: same source M3");
        assertThat(page.locator("#incident-members"))
                .containsText("BACKFLOW_AND_TAMPER at PR3 with BACKFLOW at M3: same premise PR3;");
        assertThat(page.locator("#incident-members")).containsText("possible intentional contamination");
    }

    @Test
    void signsOfContaminationStartWaterContaminationResponseAndTheBannerSaysWhoIsNotified() throws Exception {
        Instant alarm = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(2, ChronoUnit.DAYS);
        String alert = new SmallTown(network, baseUrl(), adminPassword()).backflowAlarm("M2", alarm);
        Page page = newPage(1366, 768);
        login(page, "manager", MANAGER_PASSWORD);
        page.navigate(url("/investigations.html?alert=" + URLEncoder.encode(alert, StandardCharsets.UTF_8)));
        button(page, "Open investigation").click();
        for (String move : new String[] {
            "Acknowledge and start the data review",
            "Data review done",
            "No, it is not shown invalid",
            "No: inspect on site",
            "Site inspected"
        }) {
            button(page, move).click();
        }
        assertThat(page.locator("#wcr")).isHidden();
        button(page, "Yes: start Water Contamination Response").click();
        Locator start = button(page, "Start Water Contamination Response");
        assertThat(start).isDisabled();
        page.locator("#conclusion-notes").fill("Chemical odour at the hose bib; water shut off.");
        start.click();

        // figure 6-1 step 9; backflow: the SRS manager and public health officials (table 6-2 Resolution)
        Locator banner = page.locator("#wcr");
        assertThat(banner).isVisible();
        assertThat(banner).containsText("Water Contamination Response started");
        assertThat(banner).containsText("the SRS manager, public health officials");
        assertThat(page.locator("#moves button")).hasCount(0);
        screenshot(page, "investigation-contamination-response");
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void answerWithKeyboard(Page page, String item, String finding) {
        Locator choice = page.locator("fieldset[data-item=" + item + "] input[value=" + finding + "]");
        pressKey(page, choice, "Space");
        assertThat(choice).isChecked();
    }

    private static void pressKey(Page page, Locator target, String key) {
        target.focus();
        page.keyboard().press(key);
    }
}
