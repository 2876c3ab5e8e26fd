package org.headwater.workorder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why the order exists, so the approver and the crew can check it.
 *
 * @param alertIds alerts behind it, in the order they were attached
 * @param incidentId the incident, when the order came from one
 * @param investigationId the EPA figure 6-1 investigation, when a field step drafted it
 * @param investigationStep that investigation's step number (5 = inspect on site)
 * @param riskRunId the break-risk run whose list drafted it
 * @param pipeIds the pipes of that list, in rank order
 * @param readingWindows readings to show beside the draft (rendered as charts)
 */
public record WorkEvidence(
        List<String> alertIds,
        @Nullable String incidentId,
        @Nullable String investigationId,
        @Nullable Integer investigationStep,
        @Nullable Long riskRunId,
        List<String> pipeIds,
        List<ReadingWindow> readingWindows) {

    public static final WorkEvidence NONE = new WorkEvidence(List.of(), null, null, null, null, List.of(), List.of());

    public WorkEvidence {
        alertIds = List.copyOf(new LinkedHashSet<>(alertIds));
        pipeIds = List.copyOf(pipeIds);
        readingWindows = List.copyOf(readingWindows);
    }

    public static WorkEvidence ofAlerts(List<String> alertIds, List<ReadingWindow> windows) {
        return new WorkEvidence(alertIds, null, null, null, null, List.of(), windows);
    }

    /**
     * This evidence with another's added: a new alert on a problem that already has an order is attached, not drafted
     * again. Ids already present are kept once; a reference this evidence lacks is taken from the other.
     */
    public WorkEvidence with(WorkEvidence more) {
        Objects.requireNonNull(more, "more");
        List<String> alerts = new ArrayList<>(alertIds);
        alerts.addAll(more.alertIds);
        List<String> pipes = new ArrayList<>(pipeIds);
        more.pipeIds.stream().filter(p -> !pipeIds.contains(p)).forEach(pipes::add);
        List<ReadingWindow> windows = new ArrayList<>(readingWindows);
        more.readingWindows.stream().filter(w -> !readingWindows.contains(w)).forEach(windows::add);
        return new WorkEvidence(
                alerts,
                incidentId != null ? incidentId : more.incidentId,
                investigationId != null ? investigationId : more.investigationId,
                investigationStep != null ? investigationStep : more.investigationStep,
                riskRunId != null ? riskRunId : more.riskRunId,
                pipes,
                windows);
    }

    /** True when {@code more} adds nothing this evidence does not already hold. */
    public boolean covers(WorkEvidence more) {
        return with(more).equals(this);
    }
}
