package org.headwater.investigate;

import org.jspecify.annotations.Nullable;

/**
 * Moves an investigation to a named figure 6-1 step with the data an investigator submitted: the one
 * entry point for callers (the API) that name the target step rather than the answer.
 */
public final class InvestigationMoves {

    private final CauseCatalogue causes;
    private final Checklists checklists;

    public InvestigationMoves(CauseCatalogue causes, Checklists checklists) {
        this.causes = causes;
        this.checklists = checklists;
    }

    /**
     * Records the input's checklist results at the current step, then moves to {@code to}.
     *
     * @throws InvestigationTransitions.IllegalInvestigationMove when figure 6-1 has no such move
     * @throws IllegalArgumentException naming the field for an unknown cause, missing notes or an unknown item
     */
    public Investigation apply(Investigation investigation, InvestigationStep to, StepInput input) {
        // the move is checked first: a step out of order is refused whatever its data says
        InvestigationTransitions.check(investigation.id(), investigation.step(), to);
        Investigation recorded =
                input.checklist().isEmpty() ? investigation : investigation.record(input.checklist(), checklists);
        return switch (to) {
            case RECEIVE_ALERT -> throw new IllegalStateException("no move leads back to " + to);
            case REVIEW_DATA -> recorded.acknowledge(input.by(), input.at());
            case CAN_DATA_REVIEW_DETERMINE_INVALID -> recorded.dataReviewed(input.at());
            case CAN_CONTAMINATION_BE_RULED_OUT -> recorded.notShownInvalid(input.at());
            case INSPECT_ON_SITE -> recorded.contaminationNotRuledOut(input.at());
            case SIGNS_OF_CONTAMINATION -> recorded.siteInspected(input.at());
            case DETERMINE_CAUSE -> recorded.noSignsOfContamination(input.at());
            case CLOSE_AND_LOG -> recorded.close(cause(input.cause()), notes(input.notes()), input.by(), input.at());
            case CONTAMINATION_SUSPECTED -> recorded.signsOfContamination(notes(input.notes()), input.by(), input.at());
        };
    }

    private Cause cause(@Nullable String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("cause: closing an investigation requires a cause from the catalogue");
        }
        return causes.require(code);
    }

    private static String notes(@Nullable String notes) {
        if (notes == null || notes.isBlank()) {
            throw new IllegalArgumentException("notes: closing or escalating an investigation requires notes");
        }
        return notes;
    }
}
