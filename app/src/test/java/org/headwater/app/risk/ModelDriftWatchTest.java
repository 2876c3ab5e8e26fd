package org.headwater.app.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertType;
import org.headwater.alert.Severity;
import org.headwater.risk.DriftFigure;
import org.headwater.risk.RiskRun;
import org.junit.jupiter.api.Test;

/** Issue 8 item 4: drift raises one alert per network, kept open until a run is back under 0.25. */
class ModelDriftWatchTest {

    private static RiskRun run(long id, String finishedAt, DriftFigure... drift) {
        return new RiskRun(
                id,
                Instant.parse(finishedAt),
                "schedule",
                "model",
                "settings",
                LocalDate.of(2010, 1, 1),
                LocalDate.of(2019, 12, 31),
                10,
                5,
                1.0,
                List.of(drift),
                List.of());
    }

    @Test
    void aDriftedRunRaisesAnAlertNamingTheFeaturesAndTheirIndex() {
        RiskRun drifted = run(
                2,
                "2026-01-02T02:00:00Z",
                new DriftFigure("age years", 0.41, true),
                new DriftFigure("material", 0.02, false),
                new DriftFigure("scores", 0.3, true));

        List<AlertEvent> events = ModelDriftWatch.events(drifted, "Kitchener", Optional.empty());

        assertThat(events).singleElement().isInstanceOfSatisfying(AlertEvent.AlertRaised.class, raised -> {
            Alert alert = raised.alert();
            assertThat(alert.type()).isEqualTo(AlertType.MODEL_DRIFT);
            assertThat(alert.severity()).isEqualTo(Severity.LOW);
            assertThat(alert.type().family()).isEqualTo(AlertType.Family.MODEL);
            assertThat(alert.sourceId()).isEqualTo("Kitchener");
            assertThat(alert.evidence().summary())
                    .contains("age years 0.410", "scores 0.300")
                    .doesNotContain("material");
        });
    }

    @Test
    void anOpenAlertStaysTheOnlyOneWhileDriftLastsAndClearsWhenARunIsBackUnder() {
        Alert open = ((AlertEvent.AlertRaised) ModelDriftWatch.events(
                                run(2, "2026-01-02T02:00:00Z", new DriftFigure("scores", 0.3, true)),
                                "Kitchener",
                                Optional.empty())
                        .getFirst())
                .alert();

        assertThat(ModelDriftWatch.events(
                        run(3, "2026-01-03T02:00:00Z", new DriftFigure("scores", 0.5, true)),
                        "Kitchener",
                        Optional.of(open)))
                .isEmpty();
        List<AlertEvent> back = ModelDriftWatch.events(
                run(4, "2026-01-04T02:00:00Z", new DriftFigure("scores", 0.25, false)), "Kitchener", Optional.of(open));

        assertThat(back).singleElement().isInstanceOfSatisfying(AlertEvent.AlertCleared.class, cleared -> {
            assertThat(cleared.alertId()).isEqualTo(open.id());
            assertThat(cleared.time()).isEqualTo(Instant.parse("2026-01-04T02:00:00Z"));
            assertThat(cleared.reason()).contains("run 4");
        });
    }

    @Test
    void aQuietRunWithoutAnOpenAlertDoesNothing() {
        assertThat(ModelDriftWatch.events(
                        run(1, "2026-01-01T02:00:00Z", new DriftFigure("scores", 0.1, false)),
                        "Kitchener",
                        Optional.empty()))
                .isEmpty();
    }
}
