package org.headwater.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.headwater.app.webhook.WebhookSignature;
import org.headwater.app.workorder.OverdueApprovalPager;
import org.headwater.audit.AuditAction;
import org.headwater.notify.EscalationClock;
import org.headwater.testkit.InMemoryAuditTrail;
import org.headwater.testkit.InMemoryCmmsOutbox;
import org.headwater.testkit.InMemoryContacts;
import org.headwater.testkit.InMemoryEscalationLevels;
import org.headwater.testkit.InMemoryNotifications;
import org.headwater.testkit.InMemoryOpenEscalations;
import org.headwater.testkit.InMemoryWorkOrders;
import org.headwater.testkit.LeakMeterChecks;
import org.headwater.testkit.SettableClock;
import org.headwater.workorder.ApprovalEscalation;
import org.headwater.workorder.ApprovalRoutes;
import org.headwater.workorder.WorkOrder;
import org.headwater.workorder.WorkOrderDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A work order waiting for approval past its deadline is paged through the escalation desk: the next role of the
 * chain in force, over its contacts' channels (a signed webhook here), once per level, audited.
 */
class OverdueApprovalPagingTest {

    final SettableClock clock = new SettableClock(EscalationDeskTest.MONDAY_MORNING);
    final InMemoryAuditTrail trail = new InMemoryAuditTrail(clock);
    final InMemoryContacts contacts = new InMemoryContacts();
    final InMemoryWorkOrders orders = new InMemoryWorkOrders();
    final List<String> bodies = new CopyOnWriteArrayList<>();
    final List<String> signatures = new CopyOnWriteArrayList<>();
    HttpServer endpoint;

    @BeforeEach
    void startEndpoint() throws IOException {
        endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        endpoint.createContext("/hook", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            signatures.add(String.valueOf(exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE)));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        endpoint.start();
    }

    @AfterEach
    void stopEndpoint() {
        endpoint.stop(0);
    }

    @Test
    void aMeterCheckWaitingPastItsDeadlinePagesTheOperatorOnceAndTheAuditTrailSaysSo() {
        NotifySettings settings = EscalationDeskTest.settings(
                3, "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/hook");
        settings.contacts().forEach(contacts::save);
        EscalationDesk escalations = new EscalationDesk(
                settings,
                new EscalationClock(clock),
                new InMemoryNotifications(),
                contacts,
                List.of(new WebhookSender("secret", clock)),
                trail,
                new InMemoryOpenEscalations());
        ApprovalRoutes routes = ApprovalRoutes.defaults();
        WorkOrderDesk desk =
                new WorkOrderDesk(orders, new InMemoryCmmsOutbox(), routes, user -> Set.of(), trail, clock);
        ApprovalEscalation escalation = new ApprovalEscalation(
                desk, routes, new OverdueApprovalPager(escalations), trail, clock, new InMemoryEscalationLevels());
        WorkOrder check = LeakMeterChecks.awaitingApproval(orders, trail, clock, "PR-1");
        Duration deadline = Duration.between(
                clock.instant(), routes.approvalDeadline(check.content().priority(), clock.instant()));

        clock.advance(deadline.minusSeconds(1));
        escalation.escalateOverdue();
        assertThat(bodies).as("not yet due").isEmpty();
        clock.advance(Duration.ofSeconds(1));
        escalation.escalateOverdue();
        clock.advance(Duration.ofSeconds(30));
        escalation.escalateOverdue();
        clock.advance(deadline.multipliedBy(3));
        escalation.escalateOverdue();

        // business hours: the chain is AMI manager then operator; the AMI manager approves meter checks
        assertThat(bodies).hasSize(1);
        assertThat(bodies.getFirst())
                .contains("\"notice\":\"work-order-approval-overdue\"")
                .contains("\"subject\":\"" + check.id() + "\"")
                .contains("\"role\":\"CONTROL_CENTER_OPERATOR\"")
                .contains("\"level\":1")
                .contains("\"approver_role\":\"AMI_MANAGER\"");
        assertThat(signatures.getFirst()).startsWith("sha256=");
        assertThat(trail.page(0, 100))
                .filteredOn(e -> e.subject().equals(check.id()))
                .extracting(e -> e.action())
                .containsSubsequence(AuditAction.NOTIFICATION_SENT, AuditAction.WORK_ORDER_ESCALATED);
        assertThat(trail.page(0, 100))
                .filteredOn(e -> e.action() == AuditAction.NOTIFICATION_SENT)
                .extracting(e -> e.details().get("contact"))
                .containsExactly("ops-hook");
        assertThat(trail.page(0, 100))
                .filteredOn(e -> e.action() == AuditAction.WORK_ORDER_ESCALATED)
                .extracting(e -> e.details())
                .extracting(d -> Map.entry(d.get("role"), d.get("paged")))
                .containsExactly(Map.entry("CONTROL_CENTER_OPERATOR", "1"));
    }
}
