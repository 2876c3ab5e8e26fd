package org.headwater.alert;

/**
 * The AMI alert types of EPA section 5.2 and figure 5-1, each with the severity it is raised at
 * unless its detector says otherwise and the family it belongs to for incident grouping.
 */
public enum AlertType {
    /** Reverse flow through the meter: vendor alarm or negative interval volume (EPA section 2, 5.2). */
    BACKFLOW(Severity.HIGH, Family.HYDRAULIC),
    /** Vendor tamper alarms and inferred tampering (EPA section 5.2 "Tampering Alerts"). */
    TAMPER(Severity.MEDIUM, Family.TAMPER),
    /** A steady mirror image of normal use: a meter installed or turned backwards (EPA table 6-1). */
    REVERSED_METER(Severity.MEDIUM, Family.TAMPER),
    /** Backflow and tamper at one premise within a window: possible intentional contamination (EPA section 2). */
    BACKFLOW_AND_TAMPER(Severity.CRITICAL, Family.TAMPER),
    CONTINUOUS_LEAK(Severity.MEDIUM, Family.CUSTOMER_USE),
    INTERMITTENT_LEAK(Severity.LOW, Family.CUSTOMER_USE),
    HIGH_USE(Severity.LOW, Family.CUSTOMER_USE),
    /** Little or no use for days: stagnation risk (EPA "AMI Data and Resilience", COVID-19 example). */
    LOW_USE(Severity.LOW, Family.CUSTOMER_USE),
    /** No data within the transmission schedule plus a grace period (EPA figure 5-1). */
    NON_REPORTING(Severity.LOW, Family.COMMUNICATIONS),
    /** Pressure below the state minimum, 20 psi by default (EPA pressure call-out box). */
    PRESSURE_LOW(Severity.HIGH, Family.HYDRAULIC),
    PRESSURE_NEGATIVE(Severity.CRITICAL, Family.HYDRAULIC),
    PRESSURE_SPIKE(Severity.MEDIUM, Family.HYDRAULIC),
    PRESSURE_DROP(Severity.HIGH, Family.HYDRAULIC),
    /** A DMA's night flow above its forecast band for consecutive nights: a candidate leak or burst. */
    DMA_NIGHT_FLOW(Severity.MEDIUM, Family.HYDRAULIC),
    /**
     * An online water-quality event (chlorine, pH, conductivity, turbidity...); hydraulic family so it
     * joins the backflow and pressure alerts of the same zone in one incident.
     */
    WATER_QUALITY_EVENT(Severity.HIGH, Family.HYDRAULIC),
    /**
     * Pressures below what the network model expects at several sensors for several steps: a leak or burst,
     * with the candidate pipes the model ranks (the live digital twin's residual rule).
     */
    LEAK_BURST(Severity.HIGH, Family.HYDRAULIC),
    /**
     * The break-risk model's inputs or scores moved past the population stability threshold since
     * the previous run: its ranking may no longer fit the network. About the model, not the water,
     * so it has a family of its own and never joins a hydraulic incident.
     */
    MODEL_DRIFT(Severity.LOW, Family.MODEL);

    /** Which alerts can belong to one incident: only alerts of one family are grouped together. */
    public enum Family {
        HYDRAULIC,
        TAMPER,
        CUSTOMER_USE,
        COMMUNICATIONS,
        /** The analytics models' health (drift), not a condition in the network. */
        MODEL
    }

    private final Severity defaultSeverity;
    private final Family family;

    AlertType(Severity defaultSeverity, Family family) {
        this.defaultSeverity = defaultSeverity;
        this.family = family;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public Family family() {
        return family;
    }

    /** A pressure alert of any kind (low, negative, spike, drop). */
    public boolean isPressure() {
        return this == PRESSURE_LOW || this == PRESSURE_NEGATIVE || this == PRESSURE_SPIKE || this == PRESSURE_DROP;
    }
}
