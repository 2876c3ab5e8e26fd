package org.headwater.workorder;

import java.time.Duration;
import java.util.List;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertType;

/**
 * Alerts that become work on their own: a DMA's night flow above its band drafts a leak survey of the DMA; a
 * continuous leak on the customer's side drafts a customer contact and a meter check at the premise; a leak the
 * network model located (LEAK_BURST) drafts a leak survey of its candidate pipes.
 */
public final class AlertDraftRules {

    public static final WorkSource LEAK_SURVEY = WorkSource.rule("dma-leak-survey", "1");
    public static final WorkSource CUSTOMER_LEAK = WorkSource.rule("customer-leak", "1");
    public static final WorkSource MODEL_LEAK = WorkSource.rule("model-leak-location", "1");

    /**
     * How a LEAK_BURST alert's evidence lists its candidate pipes, best first: this label, then
     * {@code pipe (score)} items separated by ", ", to the end of the summary.
     */
    public static final String CANDIDATE_PIPES = "candidate pipes: ";

    private static final Duration RESIDUALS_SHOWN = Duration.ofHours(6);
    private static final Duration NIGHTS_SHOWN = Duration.ofDays(7);
    private static final Duration USE_SHOWN = Duration.ofDays(3);

    /** The drafts this alert calls for; empty for alert types that draft nothing on their own. */
    public List<Draft> draft(Alert alert) {
        if (alert.type() == AlertType.DMA_NIGHT_FLOW) {
            return List.of(leakSurvey(alert));
        }
        if (alert.type() == AlertType.CONTINUOUS_LEAK) {
            return customerLeak(alert);
        }
        if (alert.type() == AlertType.LEAK_BURST) {
            return List.of(modelLeak(alert));
        }
        return List.of();
    }

    private static Draft leakSurvey(Alert alert) {
        String dma = alert.zoneId() != null ? alert.zoneId() : alert.sourceId();
        WorkEvidence evidence = WorkEvidence.ofAlerts(
                List.of(alert.id()),
                List.of(new ReadingWindow(alert.sourceId(), alert.time().minus(NIGHTS_SHOWN), alert.time())));
        WorkOrderContent content = new WorkOrderContent(
                WorkOrderType.LEAK_SURVEY,
                "Leak survey of DMA " + dma,
                "The night flow into DMA " + dma + " stayed above its forecast band (" + alert.detector()
                        + ", raised " + alert.time() + "). Survey the DMA's mains and services acoustically; "
                        + "step-test if the survey finds nothing.",
                WorkPriority.of(alert.severity()),
                dma,
                WorkLocation.of(alert.location(), dma),
                WorkOrderType.LEAK_SURVEY.usualCrew().name(),
                8,
                List.of(
                        "Listen on hydrants and valves across the DMA",
                        "Correlate any noise found",
                        "Record the leak position or the step-test result"),
                evidence);
        return new Draft(content, LEAK_SURVEY, ProblemKey.zone(dma));
    }

    /** The candidate pipes of a LEAK_BURST alert's evidence, best first; empty when it names none. */
    public static List<String> candidatePipes(Alert alert) {
        String summary = alert.evidence().summary();
        int at = summary.indexOf(CANDIDATE_PIPES);
        if (at < 0) {
            return List.of();
        }
        return java.util.Arrays.stream(
                        summary.substring(at + CANDIDATE_PIPES.length()).split(", "))
                .map(item -> item.replaceFirst("\\s*\\(.*$", "").strip())
                .filter(pipe -> !pipe.isEmpty())
                .toList();
    }

    // The network model ranked the pipes: the leak-detection crew starts at the best and works down the list.
    private static Draft modelLeak(Alert alert) {
        List<String> pipes = candidatePipes(alert);
        String first = pipes.isEmpty() ? alert.sourceId() : pipes.getFirst();
        String shown = String.join(", ", pipes.subList(0, Math.min(5, pipes.size())));
        WorkEvidence evidence = WorkEvidence.ofAlerts(
                List.of(alert.id()),
                List.of(new ReadingWindow(alert.sourceId(), alert.time().minus(RESIDUALS_SHOWN), alert.time())));
        WorkOrderContent content = new WorkOrderContent(
                WorkOrderType.LEAK_SURVEY,
                "Find the leak or burst near pipe " + first,
                "Pressures fell below the network model at several sensors and stayed there (" + alert.detector()
                        + ", raised " + alert.time() + "). A leak at the candidate pipes, best first, would explain"
                        + " the drops: " + shown + ". Survey them acoustically in that order; check for water"
                        + " on the surface.",
                WorkPriority.of(alert.severity()),
                first,
                WorkLocation.of(alert.location(), alert.zoneId()),
                WorkOrderType.LEAK_SURVEY.usualCrew().name(),
                4,
                List.of(
                        "Walk and listen along the candidate pipes in rank order",
                        "Correlate any noise found",
                        "Record the leak position, or which candidates were cleared"),
                evidence);
        return new Draft(content, MODEL_LEAK, ProblemKey.pipe(first));
    }

    private static List<Draft> customerLeak(Alert alert) {
        String premise = alert.premiseId() != null ? alert.premiseId() : alert.sourceId();
        WorkEvidence evidence = WorkEvidence.ofAlerts(
                List.of(alert.id()),
                List.of(new ReadingWindow(alert.sourceId(), alert.time().minus(USE_SHOWN), alert.time())));
        WorkLocation where = WorkLocation.of(alert.location(), alert.zoneId());
        WorkOrderContent contact = new WorkOrderContent(
                WorkOrderType.CUSTOMER_CONTACT,
                "Tell the customer at " + premise + " about a continuous leak",
                "Meter " + alert.sourceId() + " has recorded use every interval since before " + alert.time()
                        + ": a leak on the customer's side (running toilet, irrigation, service line) is likely.",
                WorkPriority.LOW,
                premise,
                where,
                WorkOrderType.CUSTOMER_CONTACT.usualCrew().name(),
                0.5,
                List.of("Contact the customer", "Explain how to check for a running toilet or irrigation leak"),
                evidence);
        WorkOrderContent meterCheck = new WorkOrderContent(
                WorkOrderType.METER_CHECK,
                "Check meter " + alert.sourceId() + " at " + premise + " for a continuous leak",
                "Confirm the continuous flow at the meter (leak indicator) and read it by hand.",
                WorkPriority.of(alert.severity()),
                alert.sourceId(),
                where,
                WorkOrderType.METER_CHECK.usualCrew().name(),
                1,
                List.of("Watch the leak indicator with all fixtures off", "Read the register by hand"),
                evidence);
        return List.of(
                new Draft(contact, CUSTOMER_LEAK, ProblemKey.premise(premise)),
                new Draft(meterCheck, CUSTOMER_LEAK, ProblemKey.premise(premise)));
    }
}
