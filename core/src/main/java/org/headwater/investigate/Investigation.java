package org.headwater.investigate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.headwater.alert.CauseHint;
import org.jspecify.annotations.Nullable;

/**
 * One investigation following EPA figure 6-1, from receiving the alert to closing it with a cause
 * (step 8) or starting Water Contamination Response (step 9). Immutable: each move returns the
 * investigation at its next step and refuses moves {@link InvestigationTransitions} does not allow.
 *
 * @param id stable id
 * @param subject the incident or lone alert under investigation
 * @param assignee who leads it (figure 6-2 "Investigator"), null until someone acknowledges
 * @param step the figure 6-1 step it is at
 * @param enteredAt when each step was reached
 * @param checklist checklist results recorded so far, in the order recorded
 * @param conclusion how it ended, null while it runs
 */
public record Investigation(
        String id,
        InvestigatedAlert subject,
        @Nullable String assignee,
        InvestigationStep step,
        Map<InvestigationStep, Instant> enteredAt,
        List<ChecklistResult> checklist,
        @Nullable Conclusion conclusion) {

    public Investigation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(step, "step");
        Map<InvestigationStep, Instant> times = new EnumMap<>(InvestigationStep.class);
        times.putAll(enteredAt);
        enteredAt = Collections.unmodifiableMap(times);
        checklist = List.copyOf(checklist);
        if (!enteredAt.containsKey(step)) {
            throw new IllegalArgumentException("enteredAt of " + id + " has no time for its step " + step);
        }
        if (step.terminal() != (conclusion != null)) {
            throw new IllegalArgumentException("investigation " + id + " at " + step
                    + (conclusion == null ? " needs a conclusion" : " cannot have a conclusion yet"));
        }
    }

    /** Step 1: an alert (or incident) was received at {@code receivedAt}. */
    public static Investigation open(String id, InvestigatedAlert subject, Instant receivedAt) {
        return new Investigation(
                id,
                subject,
                null,
                InvestigationStep.RECEIVE_ALERT,
                Map.of(InvestigationStep.RECEIVE_ALERT, receivedAt),
                List.of(),
                null);
    }

    /**
     * Step 1 to 2: {@code by} acknowledges the alert and starts the data review ("an AMI investigation
     * begins when utility staff receive and acknowledge an AMI alert", section 6.1).
     */
    public Investigation acknowledge(String by, Instant at) {
        requireText(by, "by");
        return moveTo(InvestigationStep.REVIEW_DATA, at).assignedTo(by);
    }

    /** Hands the investigation to someone else while it runs. */
    public Investigation assignedTo(String newAssignee) {
        requireText(newAssignee, "assignee");
        return new Investigation(id, subject, newAssignee, step, enteredAt, checklist, conclusion);
    }

    /** Step 2 to 3: the data review is done; the question of step 3 is open. */
    public Investigation dataReviewed(Instant at) {
        return moveTo(InvestigationStep.CAN_DATA_REVIEW_DETERMINE_INVALID, at);
    }

    /** Step 3 "no" to 4. */
    public Investigation notShownInvalid(Instant at) {
        return moveTo(InvestigationStep.CAN_CONTAMINATION_BE_RULED_OUT, at);
    }

    /** Step 4 "no" to 5: a field investigation is needed. */
    public Investigation contaminationNotRuledOut(Instant at) {
        return moveTo(InvestigationStep.INSPECT_ON_SITE, at);
    }

    /** Step 5 to 6: the site has been inspected; the question of step 6 is open. */
    public Investigation siteInspected(Instant at) {
        return moveTo(InvestigationStep.SIGNS_OF_CONTAMINATION, at);
    }

    /** Step 6 "no" to 7. */
    public Investigation noSignsOfContamination(Instant at) {
        return moveTo(InvestigationStep.DETERMINE_CAUSE, at);
    }

    /**
     * Step 6 "yes" to 9: contamination is suspected; records who must be notified for this alert type
     * ({@link NotifiedParty#forEscalation}).
     */
    public Investigation signsOfContamination(String notes, String by, Instant at) {
        InvestigationTransitions.check(id, step, InvestigationStep.CONTAMINATION_SUSPECTED);
        Conclusion escalated = new Conclusion.Escalated(NotifiedParty.forEscalation(subject.type()), notes, by, at);
        return moved(InvestigationStep.CONTAMINATION_SUSPECTED, at, escalated);
    }

    /**
     * Step 3 "yes", step 4 "yes" or step 7, to 8: closes with a cause and notes (section 6.1
     * Resolution: "the cause of the alert documented"). At step 3 the cause must be an invalid one
     * of table 6-1; at step 4, where contamination has just been ruled out, it must not be a
     * possible-contamination cause.
     */
    public Investigation close(Cause cause, String notes, String by, Instant at) {
        InvestigationTransitions.check(id, step, InvestigationStep.CLOSE_AND_LOG);
        if (step == InvestigationStep.CAN_DATA_REVIEW_DETERMINE_INVALID && cause.valid()) {
            throw new IllegalArgumentException("cause: " + cause.code() + " is a valid-alert cause (" + cause.category()
                    + "); an alert shown invalid by data review needs an invalid cause");
        }
        if (step == InvestigationStep.CAN_CONTAMINATION_BE_RULED_OUT
                && cause.category() == CauseHint.POSSIBLE_CONTAMINATION) {
            throw new IllegalArgumentException(
                    "cause: " + cause.code() + " means possible contamination, which data review has just ruled out");
        }
        return moved(InvestigationStep.CLOSE_AND_LOG, at, new Conclusion.Closed(cause, notes, by, at));
    }

    /**
     * Records checklist results at the step their items belong to (data review or on-site).
     *
     * @throws IllegalArgumentException naming the item when it is not on the type's checklist or belongs to another step
     */
    public Investigation record(List<ChecklistResult> results, Checklists checklists) {
        List<ChecklistResult> next = new ArrayList<>(checklist);
        for (ChecklistResult result : results) {
            ChecklistItem item = checklists.require(subject.type(), result.itemId());
            if (item.step() != step) {
                throw new IllegalArgumentException("itemId: checklist item '" + item.id() + "' belongs to step "
                        + item.step() + ", but investigation " + id + " is at " + step);
            }
            next.removeIf(r -> r.itemId().equals(result.itemId()));
            next.add(result);
        }
        return new Investigation(id, subject, assignee, step, enteredAt, next, conclusion);
    }

    /** When the investigation started: the acknowledgement (figure 6-2 "Investigation Start"). */
    public Optional<Instant> startedAt() {
        return Optional.ofNullable(enteredAt.get(InvestigationStep.REVIEW_DATA));
    }

    /** When it ended (figure 6-2 "Investigation End"), empty while it runs. */
    public Optional<Instant> endedAt() {
        return Optional.ofNullable(conclusion).map(Conclusion::at);
    }

    /** Staff time: from start to end, empty until both are known. */
    public Optional<Duration> staffTime() {
        return startedAt().flatMap(start -> endedAt().map(end -> Duration.between(start, end)));
    }

    public boolean open() {
        return conclusion == null;
    }

    private Investigation moveTo(InvestigationStep next, Instant at) {
        InvestigationTransitions.check(id, step, next);
        return moved(next, at, null);
    }

    private Investigation moved(InvestigationStep next, Instant at, @Nullable Conclusion newConclusion) {
        Objects.requireNonNull(at, "at");
        Instant previous = enteredAt.get(step);
        if (at.isBefore(previous)) {
            throw new IllegalArgumentException(
                    "at: " + at + " is before " + previous + " when investigation " + id + " reached " + step);
        }
        Map<InvestigationStep, Instant> times = new EnumMap<>(enteredAt);
        times.put(next, at);
        return new Investigation(id, subject, assignee, next, times, checklist, newConclusion);
    }

    private static void requireText(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
