package org.headwater.investigate;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The whole investigation lifecycle of EPA figure 6-1 in one table: from each step, the steps it may
 * move to. Every path of the figure is a walk through this table and nothing else is.
 */
public final class InvestigationTransitions {

    private static final Map<InvestigationStep, Set<InvestigationStep>> ALLOWED =
            new EnumMap<>(InvestigationStep.class);

    static {
        allow(InvestigationStep.RECEIVE_ALERT, InvestigationStep.REVIEW_DATA);
        allow(InvestigationStep.REVIEW_DATA, InvestigationStep.CAN_DATA_REVIEW_DETERMINE_INVALID);
        // step 3: yes -> 8 (an invalid alert is closed), no -> 4
        allow(
                InvestigationStep.CAN_DATA_REVIEW_DETERMINE_INVALID,
                InvestigationStep.CLOSE_AND_LOG,
                InvestigationStep.CAN_CONTAMINATION_BE_RULED_OUT);
        // step 4: yes -> 8, no -> 5 (field investigation)
        allow(
                InvestigationStep.CAN_CONTAMINATION_BE_RULED_OUT,
                InvestigationStep.CLOSE_AND_LOG,
                InvestigationStep.INSPECT_ON_SITE);
        allow(InvestigationStep.INSPECT_ON_SITE, InvestigationStep.SIGNS_OF_CONTAMINATION);
        // step 6: yes -> 9 (Water Contamination Response), no -> 7
        allow(
                InvestigationStep.SIGNS_OF_CONTAMINATION,
                InvestigationStep.CONTAMINATION_SUSPECTED,
                InvestigationStep.DETERMINE_CAUSE);
        allow(InvestigationStep.DETERMINE_CAUSE, InvestigationStep.CLOSE_AND_LOG);
        ALLOWED.put(InvestigationStep.CLOSE_AND_LOG, EnumSet.noneOf(InvestigationStep.class));
        ALLOWED.put(InvestigationStep.CONTAMINATION_SUSPECTED, EnumSet.noneOf(InvestigationStep.class));
    }

    private InvestigationTransitions() {}

    private static void allow(InvestigationStep from, InvestigationStep first, InvestigationStep... rest) {
        ALLOWED.put(from, EnumSet.of(first, rest));
    }

    public static boolean isAllowed(InvestigationStep from, InvestigationStep to) {
        return ALLOWED.get(from).contains(to);
    }

    /** The steps {@code from} may move to; empty for the two ends of the figure. */
    public static Set<InvestigationStep> allowedFrom(InvestigationStep from) {
        return Collections.unmodifiableSet(ALLOWED.get(from));
    }

    /** @throws IllegalInvestigationMove naming both steps when the move is not in the table */
    public static void check(String investigationId, InvestigationStep from, InvestigationStep to) {
        if (!isAllowed(from, to)) {
            throw new IllegalInvestigationMove(investigationId, from, to);
        }
    }

    /** Thrown for a move the table does not allow. */
    public static final class IllegalInvestigationMove extends IllegalStateException {
        private final InvestigationStep from;
        private final InvestigationStep to;

        IllegalInvestigationMove(String investigationId, InvestigationStep from, InvestigationStep to) {
            super("investigation " + investigationId + " cannot move from " + from + " (step " + from.number() + ") to "
                    + to + " (step " + to.number() + ")");
            this.from = from;
            this.to = to;
        }

        public InvestigationStep from() {
            return from;
        }

        public InvestigationStep to() {
            return to;
        }
    }
}
