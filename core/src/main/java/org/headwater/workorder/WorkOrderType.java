package org.headwater.workorder;

/** What the crew is sent to do. */
public enum WorkOrderType {
    /** Look at an asset or site: a field visit of EPA figure 6-1 step 5, or a high-risk main. */
    INSPECTION(Crew.DISTRIBUTION),
    REPAIR(Crew.DISTRIBUTION),
    METER_CHECK(Crew.METER),
    METER_REPLACEMENT(Crew.METER),
    /** Ask the head-end for a fresh read: touches nothing in the field. */
    METER_REREAD(Crew.METER),
    /** Acoustic or step-test survey of a DMA for a leak. */
    LEAK_SURVEY(Crew.LEAK_DETECTION),
    FLUSHING(Crew.DISTRIBUTION),
    /** Tell a customer about a leak or a concern on their side of the meter. */
    CUSTOMER_CONTACT(Crew.CUSTOMER_SERVICE);

    /** Which kind of crew usually does this work: the draft's recommended crew. */
    public enum Crew {
        DISTRIBUTION,
        METER,
        LEAK_DETECTION,
        CUSTOMER_SERVICE
    }

    private final Crew crew;

    WorkOrderType(Crew crew) {
        this.crew = crew;
    }

    public Crew usualCrew() {
        return crew;
    }
}
