package org.headwater.alert;

/**
 * The alert cause categories of EPA table 6-1, attached to an alert when the detector already sees
 * a likely cause (a meter installed backwards is "employee error"); investigators confirm or replace it.
 */
public enum CauseHint {
    /** Invalid: meter installed backwards, wire cut or meter moved by staff. */
    EMPLOYEE_ERROR(false),
    /** Invalid: sensor malfunction, communications fault or power failure, water heater expansion. */
    EQUIPMENT_ISSUE(false),
    /** Invalid: the validation or analysis algorithm was wrong. */
    DATA_ANALYSIS_ERROR(false),
    /** Invalid: flooding, freezing, animals. */
    ENVIRONMENTAL(false),
    /** Valid: theft, vandalism, flushing, hydrant testing, firefighting, main break, operations. */
    NON_CONTAMINATION(true),
    /** Valid: cross connection, signs of contamination, or contamination not ruled out. */
    POSSIBLE_CONTAMINATION(true);

    private final boolean valid;

    CauseHint(boolean valid) {
        this.valid = valid;
    }

    /** Whether EPA table 6-1 counts alerts of this cause as valid (true backflow or tampering). */
    public boolean valid() {
        return valid;
    }
}
