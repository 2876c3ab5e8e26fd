package org.headwater.workorder;

import java.util.Objects;

/** What a drafting rule proposes: the order's content, the rule that wrote it and the problem it is about. */
public record Draft(WorkOrderContent content, WorkSource source, ProblemKey problem) {

    public Draft {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(problem, "problem");
    }
}
