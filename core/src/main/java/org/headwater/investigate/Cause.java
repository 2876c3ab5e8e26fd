package org.headwater.investigate;

import java.util.Objects;
import org.headwater.alert.CauseHint;

/**
 * One alert cause an investigation can be closed with (a row of EPA table 6-1).
 *
 * @param code stable identifier, e.g. {@code METER_INSTALLED_BACKWARDS}
 * @param category the table 6-1 category; it says whether the alert was valid
 * @param description what happened, in the guide's words where the guide has them
 */
public record Cause(String code, CauseHint category, String description) {

    public Cause {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(description, "description");
        if (!code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("code must be upper-case letters, digits and _: '" + code + "'");
        }
    }

    /** Whether table 6-1 counts the alert as valid (true backflow or tampering). */
    public boolean valid() {
        return category.valid();
    }
}
