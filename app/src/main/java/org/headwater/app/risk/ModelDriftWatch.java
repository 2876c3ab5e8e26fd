package org.headwater.app.risk;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertState;
import org.headwater.alert.AlertType;
import org.headwater.alert.Alerts;
import org.headwater.alert.Evidence;
import org.headwater.analytics.breakrisk.PopulationStabilityIndex;
import org.headwater.app.alert.AlertPipeline;
import org.headwater.risk.DriftFigure;
import org.headwater.risk.RiskRun;
import org.springframework.stereotype.Component;

/**
 * Turns a run's drift figures into one {@link AlertType#MODEL_DRIFT} alert per network: raised by
 * the first run past the threshold, left open while later runs stay past it, cleared by the first
 * run back under it.
 */
@Component
public class ModelDriftWatch {

    static final String DETECTOR = "break-risk drift";

    private final Alerts alerts;
    private final AlertPipeline pipeline;

    public ModelDriftWatch(Alerts alerts, AlertPipeline pipeline) {
        this.alerts = alerts;
        this.pipeline = pipeline;
    }

    /** Publishes what {@code run} changes for the network's drift alert; returns the events. */
    public List<AlertEvent> afterRun(RiskRun run, String networkName) {
        Optional<Alert> open = alerts.active(new Alert.ConditionKey(networkName, AlertType.MODEL_DRIFT));
        List<AlertEvent> events = events(run, networkName, open);
        if (!events.isEmpty()) {
            pipeline.publish(events);
        }
        return events;
    }

    /** The alert events a run implies, given the network's open drift alert, if any. */
    static List<AlertEvent> events(RiskRun run, String source, Optional<Alert> open) {
        Instant at = run.finishedAt();
        if (run.drifted() && open.isEmpty()) {
            return List.of(new AlertEvent.AlertRaised(new Alert(
                    Alert.idOf(source, AlertType.MODEL_DRIFT, at),
                    AlertType.MODEL_DRIFT,
                    AlertType.MODEL_DRIFT.defaultSeverity(),
                    source,
                    null,
                    null,
                    null,
                    at,
                    Evidence.summary(summary(run)),
                    DETECTOR,
                    0,
                    null,
                    AlertState.OPEN,
                    null)));
        }
        if (!run.drifted() && open.isPresent()) {
            Alert alert = open.get();
            // a clear never precedes the raise, even if the server clock was set back
            Instant clearedAt = at.isBefore(alert.time()) ? alert.time() : at;
            return List.of(new AlertEvent.AlertCleared(
                    alert.id(),
                    alert.conditionKey(),
                    clearedAt,
                    "break-risk run " + run.id() + " (as of " + run.asOf()
                            + ") has every population stability index at or below "
                            + PopulationStabilityIndex.DRIFT_THRESHOLD));
        }
        return List.of();
    }

    private static String summary(RiskRun run) {
        String drifted = run.drift().stream()
                .filter(DriftFigure::drifted)
                .map(d -> d.name() + " " + String.format(Locale.ROOT, "%.3f", d.index()))
                .collect(Collectors.joining(", "));
        return "break-risk run " + run.id() + " (as of " + run.asOf() + ", model " + run.model()
                + "): population stability index above " + PopulationStabilityIndex.DRIFT_THRESHOLD
                + " since the previous run for " + drifted;
    }
}
