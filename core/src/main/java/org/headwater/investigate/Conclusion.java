package org.headwater.investigate;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** How an investigation ended: closed with a cause (figure 6-1 step 8) or escalated (step 9). */
public sealed interface Conclusion {

    String by();

    Instant at();

    String notes();

    /**
     * Closed with a cause from the catalogue (EPA section 6.1 Resolution: "the cause of the alert documented").
     *
     * @param cause the table 6-1 cause
     */
    record Closed(Cause cause, String notes, String by, Instant at) implements Conclusion {
        public Closed {
            Objects.requireNonNull(cause, "cause");
            requireText(notes, "notes");
            requireText(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * Contamination suspected: Water Contamination Response started and these parties notified.
     *
     * @param notified who must be told, per {@link NotifiedParty#forEscalation}
     */
    record Escalated(Set<NotifiedParty> notified, String notes, String by, Instant at) implements Conclusion {
        public Escalated {
            notified = Set.copyOf(notified);
            requireText(notes, "notes");
            requireText(by, "by");
            Objects.requireNonNull(at, "at");
            if (!notified.contains(NotifiedParty.SRS_MANAGER)) {
                throw new IllegalArgumentException("notified must include SRS_MANAGER: " + notified);
            }
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
