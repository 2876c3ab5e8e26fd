package org.headwater.workorder;

import java.util.Objects;

/** One field an edit changed, with its old and new value as shown to people. */
public record FieldChange(String field, String before, String after) {

    public FieldChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
