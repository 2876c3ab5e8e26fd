package org.headwater.workorder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a work order asks for: the blueprint's payload (title, description, priority, asset, location, recommended
 * crew, predicted duration, evidence) plus its type and the checklist the crew works through.
 *
 * @param type what kind of work
 * @param title one line, at most {@value #TITLE_LIMIT} characters
 * @param description the full text for the crew
 * @param priority how soon
 * @param assetId the network element (pipe, meter, hydrant, premise, zone) the work is on, when there is one
 * @param location where
 * @param recommendedCrew the kind of crew to send
 * @param predictedDurationHours the expected time on site
 * @param checklist the steps the crew ticks off (EPA table 6-2 for a field investigation)
 * @param evidence why
 */
public record WorkOrderContent(
        WorkOrderType type,
        String title,
        String description,
        WorkPriority priority,
        @Nullable String assetId,
        WorkLocation location,
        String recommendedCrew,
        double predictedDurationHours,
        List<String> checklist,
        WorkEvidence evidence) {

    public static final int TITLE_LIMIT = 200;
    public static final double LONGEST_JOB_HOURS = 24 * 14;

    public WorkOrderContent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(evidence, "evidence");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title: a work order needs a title");
        }
        if (title.length() > TITLE_LIMIT) {
            throw new IllegalArgumentException("title: at most " + TITLE_LIMIT + " characters, got " + title.length());
        }
        description = description == null ? "" : description;
        if (recommendedCrew == null || recommendedCrew.isBlank()) {
            throw new IllegalArgumentException("recommendedCrew: a work order needs a recommended crew");
        }
        if (!Double.isFinite(predictedDurationHours)
                || predictedDurationHours <= 0
                || predictedDurationHours > LONGEST_JOB_HOURS) {
            throw new IllegalArgumentException("predictedDurationHours: must be more than 0 and at most "
                    + LONGEST_JOB_HOURS + ", got " + predictedDurationHours);
        }
        if (assetId != null && assetId.isBlank()) {
            assetId = null;
        }
        checklist = List.copyOf(checklist);
    }

    public WorkOrderContent withEvidence(WorkEvidence newEvidence) {
        return new WorkOrderContent(
                type,
                title,
                description,
                priority,
                assetId,
                location,
                recommendedCrew,
                predictedDurationHours,
                checklist,
                newEvidence);
    }

    /** The fields that differ between this content and {@code edited}, in the payload's order. */
    public List<FieldChange> changesTo(WorkOrderContent edited) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "type", type, edited.type);
        compare(changes, "title", title, edited.title);
        compare(changes, "description", description, edited.description);
        compare(changes, "priority", priority, edited.priority);
        compare(changes, "assetId", assetId, edited.assetId);
        compare(changes, "location", location, edited.location);
        compare(changes, "recommendedCrew", recommendedCrew, edited.recommendedCrew);
        compare(changes, "predictedDurationHours", predictedDurationHours, edited.predictedDurationHours);
        compare(changes, "checklist", checklist, edited.checklist);
        compare(changes, "evidence", evidence, edited.evidence);
        return changes;
    }

    private static void compare(
            List<FieldChange> changes, String field, @Nullable Object before, @Nullable Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, String.valueOf(before), String.valueOf(after)));
        }
    }
}
