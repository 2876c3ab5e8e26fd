package org.headwater.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.awaitility.Awaitility;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertType;
import org.headwater.app.alert.AlertPipeline;
import org.headwater.app.security.Role;
import org.headwater.testkit.AlertBuilder;
import org.headwater.testkit.ApprovedWorkOrders;
import org.headwater.workorder.ProblemKey;
import org.headwater.workorder.WorkOrder;
import org.headwater.workorder.WorkOrderStatus;
import org.headwater.workorder.WorkOrderType;
import org.headwater.workorder.WorkOrders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The approval queue in a browser: an AMI manager opens a meter check drafted from a leak alert, sees its evidence
 * beside the draft, approves it, and watches it reach the (simulated, Maximo-shaped) CMMS: sent, acknowledged with
 * the CMMS's number, then in progress and completed as the CMMS moves it on.
 */
class WorkOrderQueueBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "a-long-ami-manager-password";

    @Autowired
    AlertPipeline pipeline;

    @Autowired
    WorkOrders orders;

    @Test
    void anApprovedMeterCheckReachesTheCmmsAndShowsItsNumberThenItsProgress() {
        createUser("amy", PASSWORD, Role.AMI_MANAGER);
        // an old alert: it stays out of the overview's last days that other browser tests look at
        pipeline.publish(List.of(new AlertEvent.AlertRaised(AlertBuilder.anAlert()
                .from("M-WO1")
                .of(AlertType.CONTINUOUS_LEAK)
                .at("2023-03-01T03:00:00Z")
                .atPremise("PR-WO1")
                .build())));
        WorkOrder check = Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> orders.findOpen(ProblemKey.premise("PR-WO1"), WorkOrderType.METER_CHECK),
                        open -> open.filter(o -> o.status() == WorkOrderStatus.AWAITING_APPROVAL)
                                .isPresent())
                .orElseThrow();

        Page page = newPage(1366, 900);
        login(page, "amy", PASSWORD);
        page.navigate(url("/work-orders.html"));
        assertThat(page.locator("#queue-table")).containsText(check.id());
        page.locator("#queue-table a", new Page.LocatorOptions().setHasText(check.id()))
                .click();
        assertThat(page.locator("#detail-title")).containsText(check.content().title());
        assertThat(page.locator("#evidence"))
                .containsText(check.content().evidence().alertIds().get(0));
        assertThat(page.locator("#checklist li"))
                .hasCount(check.content().checklist().size());
        assertThat(page.locator("#history")).containsText("Awaiting approval");
        screenshot(page, "work-order-draft");

        page.locator("#approve").click();
        assertThat(page.locator("#order-status")).hasText("Approved");
        // the outbox sends it within a second or two; the page shows what the CMMS answered on the next look
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            page.reload();
            assertThat(page.locator("#cmms-number"))
                    .not()
                    .hasText("not yet sent", new LocatorAssertions.HasTextOptions().setTimeout(2000));
        });
        String number = orders.find(check.id()).orElseThrow().cmmsReference();
        assertThat(page.locator("#cmms-number")).hasText(number);
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            page.reload();
            assertThat(page.locator("#order-status"))
                    .hasText("Completed", new LocatorAssertions.HasTextOptions().setTimeout(2000));
        });
        assertThat(page.locator("#history")).containsText("Sent");
        assertThat(page.locator("#history")).containsText("Acknowledged");
        assertThat(page.locator("#history")).containsText("In progress");
        // the simulated crew's work log came back as close-out notes
        assertThat(page.locator("#summary")).containsText("Simulated crew (no real field work)");
        screenshot(page, "work-order-completed");

        // a later alert at the same meter: its investigation lists the order with its status and notes
        Alert later = AlertBuilder.anAlert()
                .from("M-WO1")
                .of(AlertType.HIGH_USE)
                .at("2023-03-02T03:00:00Z")
                .atPremise("PR-WO1")
                .build();
        pipeline.publish(List.of(new AlertEvent.AlertRaised(later)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            page.navigate(url("/investigations.html?alert=" + URLEncoder.encode(later.id(), StandardCharsets.UTF_8)));
            assertThat(page.getByText("Open investigation", new Page.GetByTextOptions().setExact(true)))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(2000));
        });
        page.getByText("Open investigation", new Page.GetByTextOptions().setExact(true))
                .click();
        Locator nearby = page.locator("#work-nearby [data-work-order-id='" + check.id() + "']");
        assertThat(nearby).containsText("Completed");
        assertThat(nearby).containsText("CMMS " + number);
        assertThat(nearby).containsText("Simulated crew");

        // on the map: the order in the list with its status, and a located order as a marker
        WorkOrder located = ApprovedWorkOrders.stored(orders, Instant.now());
        page.navigate(url("/map.html"));
        assertThat(page.locator("#work-orders [data-work-order-id='" + check.id() + "']"))
                .containsText("Completed");
        assertThat(page.locator(".work-order-marker [data-work-order-id='" + located.id() + "']"))
                .hasCount(1);
        screenshot(page, "work-orders-on-the-map");
    }
}
