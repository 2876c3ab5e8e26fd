package org.headwater.investigate;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an investigator submits with a move to the next step of figure 6-1: who and when, and for
 * the closing and escalating moves the cause and notes; checklist results are recorded first.
 *
 * @param by who made the move
 * @param at when
 * @param cause a {@link CauseCatalogue} code, needed to close (step 8)
 * @param notes needed to close (step 8) and to escalate (step 9)
 * @param checklist results for items of the current step, recorded before the move
 */
public record StepInput(
        String by,
        Instant at,
        @Nullable String cause,
        @Nullable String notes,
        List<ChecklistResult> checklist) {

    public StepInput {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        checklist = List.copyOf(checklist);
    }
}
