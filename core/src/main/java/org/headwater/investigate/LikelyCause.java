package org.headwater.investigate;

import java.util.List;
import java.util.Objects;

/**
 * A cause of EPA table 6-1 suggested during data review, with why.
 *
 * @param cause the suggested cause
 * @param reasons each rule that suggested it: what was seen and which guide statement it comes from
 */
public record LikelyCause(Cause cause, List<Reason> reasons) {

    public LikelyCause {
        Objects.requireNonNull(cause, "cause");
        reasons = List.copyOf(reasons);
    }

    /**
     * @param why what in the evidence points at the cause
     * @param source the guide statement the rule is written from
     */
    public record Reason(String why, String source) {
        public Reason {
            Objects.requireNonNull(why, "why");
            Objects.requireNonNull(source, "source");
        }
    }
}
