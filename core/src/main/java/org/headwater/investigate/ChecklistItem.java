package org.headwater.investigate;

import java.util.Objects;

/**
 * One thing to check during an investigation (EPA table 6-2 and the section 6.1 field lists).
 *
 * @param id stable identifier, unique within a checklist
 * @param step the figure 6-1 step it belongs to: {@link InvestigationStep#REVIEW_DATA} or
 *     {@link InvestigationStep#INSPECT_ON_SITE}
 * @param text what to check, in the guide's words where the guide has them
 * @param source where the guide asks for it, e.g. "EPA table 6-2, Dispatch Staff, Tampering"
 */
public record ChecklistItem(String id, InvestigationStep step, String text, String source) {

    public ChecklistItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        if (step != InvestigationStep.REVIEW_DATA && step != InvestigationStep.INSPECT_ON_SITE) {
            throw new IllegalArgumentException(
                    "step of checklist item " + id + " must be REVIEW_DATA or INSPECT_ON_SITE: " + step);
        }
    }
}
