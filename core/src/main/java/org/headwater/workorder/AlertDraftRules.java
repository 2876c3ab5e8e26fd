package org.headwater.workorder;

import java.time.Duration;
import java.util.List;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertType;

/**
 * Alerts that become work on their own: a DMA's night flow above its band drafts a leak survey of the DMA; a
 * continuous leak on the customer's side drafts a customer contact and a meter check at the premise.
 */
public final class AlertDraftRules {

    public static final WorkSource LEAK_SURVEY = WorkSource.rule("dma-leak-survey", "1");
    public static final WorkSource CUSTOMER_LEAK = WorkSource.rule("customer-leak", "1");
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
