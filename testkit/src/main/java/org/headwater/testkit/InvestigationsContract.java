package org.headwater.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertType;
import org.headwater.alert.Incident;
import org.headwater.alert.IncidentKind;
import org.headwater.investigate.CauseCatalogue;
import org.headwater.investigate.ChecklistResult;
import org.headwater.investigate.Checklists;
import org.headwater.investigate.InvestigatedAlert;
import org.headwater.investigate.Investigation;
import org.headwater.investigate.InvestigationQuery;
import org.headwater.investigate.InvestigationStep;
import org.headwater.investigate.Investigations;
import org.headwater.network.Location;
import org.junit.jupiter.api.Test;

/** What every {@link Investigations} implementation must do; extend it and supply the implementation. */
public abstract class InvestigationsContract {

    private static final CauseCatalogue CAUSES = CauseCatalogue.epaTable61();

    protected abstract Investigations investigations();

    private static Alert alert(String meter, AlertType type, Instant time) {
        return AlertBuilder.anAlert().from(meter).of(type).at(time).build();
    }

    @Test
    void everyMoveIsSavedInPlaceAndReadBackWhole() {
        String meter = "m-" + UUID.randomUUID();
        Instant t = Instant.parse("2024-06-02T10:00:00Z");
        Alert alert = alert(meter, AlertType.TAMPER, t);
        InvestigatedAlert subject = new InvestigatedAlert(
                null, List.of(alert.id()), alert.type(), t, meter, "zone-1", Location.wgs84(-77.03, 38.9), "tamper", 3);
        Investigation opened = Investigation.open("inv-" + meter, subject, t.plusSeconds(30));
        investigations().save(opened);

        Investigation onSite = opened.acknowledge("john", t.plusSeconds(60))
                .dataReviewed(t.plusSeconds(600))
                .notShownInvalid(t.plusSeconds(660))
                .contaminationNotRuledOut(t.plusSeconds(700))
                .record(
                        List.of(new ChecklistResult(
                                "METER_REVERSED", ChecklistResult.Finding.FOUND, "turned, \"by hand\"")),
                        Checklists.epaDefaults());
        Investigation closed = onSite.siteInspected(t.plusSeconds(1800))
                .noSignsOfContamination(t.plusSeconds(1810))
                .close(
                        CAUSES.require("WATER_THEFT"),
                        "Meter was reversed to steal water.",
                        "john",
                        t.plusSeconds(1900));
        investigations().save(closed);

        assertThat(investigations().find(opened.id())).hasValue(closed);
        assertThat(investigations().about(alert.id())).containsExactly(closed);
    }

    @Test
    void anEscalatedIncidentInvestigationIsFoundByIncidentWithItsNotifiedParties() {
        String meter = "m-" + UUID.randomUUID();
        Instant t = Instant.parse("2024-06-03T10:00:00Z");
        Alert first = alert(meter, AlertType.BACKFLOW, t);
        Incident incident = new Incident(
                "incident:" + first.id(),
                IncidentKind.ALERT_CLUSTER,
                AlertType.Family.HYDRAULIC,
                "zone-1",
                List.of(first.id(), first.id() + "-2"),
                List.of(meter),
                t,
                t,
                null);
        Investigation escalated = Investigation.open("inv-" + meter, InvestigatedAlert.of(incident, first), t)
                .acknowledge("jean", t)
                .dataReviewed(t)
                .notShownInvalid(t)
                .contaminationNotRuledOut(t)
                .siteInspected(t.plusSeconds(900))
                .signsOfContamination("Hoses at the meter box.", "jean", t.plusSeconds(960));
        investigations().save(escalated);

        assertThat(investigations().about(incident.id())).containsExactly(escalated);
        assertThat(investigations().about(first.id() + "-2")).containsExactly(escalated);
    }

    @Test
    void listFiltersByStepAssigneeTypeAndAlertTime() {
        String run = UUID.randomUUID().toString();
        Instant t = Instant.parse("2030-01-01T00:00:00Z");
        Investigation a = Investigation.open(
                        "a-" + run, InvestigatedAlert.of(alert("a-" + run, AlertType.BACKFLOW, t)), t)
                .acknowledge("ann-" + run, t);
        Investigation b = Investigation.open(
                "b-" + run,
                InvestigatedAlert.of(alert("b-" + run, AlertType.TAMPER, t.plusSeconds(60))),
                t.plusSeconds(60));
        investigations().save(b);
        investigations().save(a);

        assertThat(investigations().list(new InvestigationQuery(null, "ann-" + run, null, null, null)))
                .containsExactly(a);
        assertThat(investigations()
                        .list(new InvestigationQuery(
                                InvestigationStep.RECEIVE_ALERT, null, AlertType.TAMPER, t, t.plusSeconds(61))))
                .contains(b)
                .doesNotContain(a);
        assertThat(investigations().list(new InvestigationQuery(null, null, null, t, t.plusSeconds(1))))
                .contains(a)
                .doesNotContain(b);
        assertThat(investigations().list(InvestigationQuery.all())).containsSubsequence(a, b);
    }
}
