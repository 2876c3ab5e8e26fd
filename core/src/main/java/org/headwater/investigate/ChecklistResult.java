package org.headwater.investigate;

import java.util.Objects;

/**
 * What an investigator found for one checklist item.
 *
 * @param itemId the {@link ChecklistItem#id()}
 * @param finding the answer
 * @param note free text, empty when there is nothing to add
 */
public record ChecklistResult(String itemId, Finding finding, String note) {

    public ChecklistResult {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(note, "note");
    }

    /** The answer to a checklist item. */
    public enum Finding {
        /** Checked and found (a magnet on the meter, a cross connection) or done (water shut off). */
        FOUND,
        /** Checked and not found. */
        NOT_FOUND,
        /** Does not apply at this site. */
        NOT_APPLICABLE
    }
}
