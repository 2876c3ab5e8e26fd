package org.headwater.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.headwater.alert.AlertType;
import org.headwater.alert.Incident;
import org.headwater.alert.IncidentKind;
import org.headwater.alert.Incidents;
import org.junit.jupiter.api.Test;

/** What every {@link Incidents} implementation must do; extend it and supply the implementation. */
public abstract class IncidentsContract {

    protected abstract Incidents incidents();

    private static Incident incident(String id, Instant first, Instant closedAt, IncidentKind kind) {
        return new Incident(
                id,
                kind,
                AlertType.Family.COMMUNICATIONS,
                "zone-1",
                List.of(id + "/a1"),
                List.of("m1"),
                first,
                first,
                closedAt,
                java.util.Map.of(id + "/a1", "opened the incident"));
    }

    @Test
    void aSavedIncidentIsReplacedWhenItGrowsAndClosed() {
        String id = "incident:" + UUID.randomUUID();
        Instant first = Instant.parse("2024-05-01T10:00:00Z");
        incidents().save(incident(id, first, null, IncidentKind.ALERT_CLUSTER));
        assertThat(incidents().open()).extracting(Incident::id).contains(id);

        incidents().save(incident(id, first, first.plusSeconds(6 * 3600), IncidentKind.POWER_OR_COMMUNICATIONS_OUTAGE));

        assertThat(incidents().find(id)).hasValueSatisfying(i -> {
            assertThat(i.kind()).isEqualTo(IncidentKind.POWER_OR_COMMUNICATIONS_OUTAGE);
            assertThat(i.open()).isFalse();
            assertThat(i.joinReasons()).containsExactly(java.util.Map.entry(id + "/a1", "opened the incident"));
        });
        assertThat(incidents().open()).extracting(Incident::id).doesNotContain(id);
        assertThat(incidents().between(first, first.plusSeconds(1)))
                .extracting(Incident::id)
                .contains(id);
    }

    @Test
    void theIncidentAnAlertWasGroupedIntoIsFoundByTheAlert() {
        String id = "incident:" + UUID.randomUUID();
        incidents().save(incident(id, Instant.parse("2024-05-02T10:00:00Z"), null, IncidentKind.ALERT_CLUSTER));

        assertThat(incidents().containing(id + "/a1")).map(Incident::id).contains(id);
        assertThat(incidents().containing(id + "/never-grouped")).isEmpty();
    }

    @Test
    void latestListsTheIncidentWithTheMostRecentLastAlertFirst() {
        Instant first = Instant.parse("2024-07-01T10:00:00Z");
        Incident older = grownUntil(
                incident("incident:" + UUID.randomUUID(), first, null, IncidentKind.ALERT_CLUSTER),
                first.plusSeconds(60));
        Incident newer = grownUntil(
                incident("incident:" + UUID.randomUUID(), first, null, IncidentKind.ALERT_CLUSTER),
                first.plusSeconds(120));
        incidents().save(newer);
        incidents().save(older);

        assertThat(incidents().latest(Integer.MAX_VALUE))
                .extracting(Incident::id)
                .containsSubsequence(newer.id(), older.id());
        assertThat(incidents().latest(1)).hasSize(1);
    }

    private static Incident grownUntil(Incident incident, Instant lastAlertAt) {
        return new Incident(
                incident.id(),
                incident.kind(),
                incident.family(),
                incident.zoneId(),
                incident.alertIds(),
                incident.sourceIds(),
                incident.firstAlertAt(),
                lastAlertAt,
                incident.closedAt());
    }
}
