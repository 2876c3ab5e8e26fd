package org.headwater.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.headwater.testkit.AlertBuilder.anAlert;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertCount;
import org.headwater.alert.AlertState;
import org.headwater.alert.AlertType;
import org.headwater.alert.Incident;
import org.headwater.alert.IncidentKind;
import org.headwater.app.alert.AlertAcknowledged;
import org.headwater.app.alert.Broadcasters;
import org.headwater.testkit.InMemoryAlerts;
import org.headwater.testkit.InMemoryIncidents;
import org.headwater.testkit.InMemoryInvestigations;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;

/** The alert and incident API on the testkit's in-memory ports, without a Spring context. */
class AlertControllerTest {

    private final InMemoryAlerts alerts = new InMemoryAlerts();
    private final InMemoryIncidents incidents = new InMemoryIncidents();
    private final List<Object> published = new CopyOnWriteArrayList<>();
    private final AlertController controller = new AlertController(
            alerts, incidents, Broadcasters.withoutScreens(), published::add, new InMemoryInvestigations());
    private final Authentication operator = new TestingAuthenticationToken("olga", null, "ROLE_OPERATOR");

    @Test
    void theSummaryCountsEachTypeAndStateAndFollowsAnAcknowledgement() {
        // EPA figure 5-1: the overview's alert distribution; EPA 5.2: a person acknowledges an alert.
        Alert backflow = anAlert()
                .from("m1")
                .of(AlertType.BACKFLOW)
                .at("2024-05-01T10:00:00Z")
                .build();
        alerts.add(backflow);
        alerts.add(anAlert()
                .from("m2")
                .of(AlertType.BACKFLOW)
                .at("2024-05-01T11:00:00Z")
                .build());
        alerts.add(anAlert()
                .from("m3")
                .of(AlertType.TAMPER)
                .at("2024-05-01T12:00:00Z")
                .build());

        controller.acknowledge("m1", "BACKFLOW", "2024-05-01T10:00:00Z", operator);

        assertThat(controller.summary())
                .containsExactly(
                        new AlertCount(AlertType.BACKFLOW, AlertState.ACKNOWLEDGED, 1),
                        new AlertCount(AlertType.BACKFLOW, AlertState.OPEN, 1),
                        new AlertCount(AlertType.TAMPER, AlertState.OPEN, 1));
        assertThat(published).containsExactly(new AlertAcknowledged(backflow.moveTo(AlertState.ACKNOWLEDGED), "olga"));
    }

    @Test
    void alertsAreListedNewestFirstWithTheFiltersAndAnEmptyPeriodIsRefusedNamingIt() {
        Alert early = anAlert()
                .from("m1")
                .of(AlertType.BACKFLOW)
                .at("2024-05-01T10:00:00Z")
                .build();
        Alert late = anAlert()
                .from("m1")
                .of(AlertType.BACKFLOW)
                .at("2024-05-01T12:00:00Z")
                .build();
        Alert other = anAlert()
                .from("m2")
                .of(AlertType.TAMPER)
                .at("2024-05-01T11:00:00Z")
                .build();
        List.of(early, late, other).forEach(alerts::add);

        assertThat(controller.alerts(null, null, null, null, null, null, 100)).containsExactly(late, other, early);
        assertThat(controller.alerts(
                        AlertType.BACKFLOW, null, null, "m1", null, early.time().plusSeconds(1), 100))
                .containsExactly(early);
        Instant t = Instant.parse("2024-05-01T10:00:00Z");
        assertThatThrownBy(() -> controller.alerts(null, null, null, null, t, t, 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from must be before to: from=" + t + ", to=" + t);
    }

    @Test
    void staffSeeTheIncidentsWithTheMostRecentActivityFirstAndEachWithItsAlerts() {
        Alert first = anAlert()
                .from("m1")
                .of(AlertType.BACKFLOW)
                .at("2024-05-01T10:00:00Z")
                .build();
        Alert second = anAlert()
                .from("m2")
                .of(AlertType.BACKFLOW)
                .at("2024-05-01T10:30:00Z")
                .build();
        List.of(first, second).forEach(alerts::add);
        Incident quiet = incident("incident-quiet", List.of(first), first.time());
        Incident busy = incident("incident-busy", List.of(first, second), second.time());
        incidents.save(quiet);
        incidents.save(busy);

        assertThat(controller.incidents(100, operator)).containsExactly(busy, quiet);
        assertThat(controller.incidents(1, operator)).containsExactly(busy);
        assertThat(controller.incident("incident-busy", operator).alerts()).containsExactly(first, second);
    }

    private static Incident incident(String id, List<Alert> members, Instant lastAlertAt) {
        return new Incident(
                id,
                IncidentKind.ALERT_CLUSTER,
                AlertType.Family.HYDRAULIC,
                "zone-1",
                members.stream().map(Alert::id).toList(),
                members.stream().map(Alert::sourceId).toList(),
                members.getFirst().time(),
                lastAlertAt,
                null);
    }
}
