package org.headwater.investigate;

/**
 * The nine steps of EPA figure 6-1 "Example Alert Investigation Process Flow Diagram for AMI Alerts",
 * in the guide's order and wording. Decision steps (3, 4 and 6) are states too: an investigation
 * waits at a question until someone answers it, and the answer is the move out of it.
 */
public enum InvestigationStep {
    RECEIVE_ALERT(1, "Receive an AMI alert.", false),
    REVIEW_DATA(
            2,
            "Review available data to investigate cause (e.g. meter faults, work orders, and data and alerts"
                    + " from other SRS components).",
            false),
    CAN_DATA_REVIEW_DETERMINE_INVALID(
            3,
            "Can data review determine the alert is invalid? (e.g. due to meter malfunction or a maintenance error)",
            true),
    CAN_CONTAMINATION_BE_RULED_OUT(4, "Can contamination be ruled out through data review?", true),
    INSPECT_ON_SITE(5, "Inspect meter and conduct an on-site investigation, using appropriate safety measures.", false),
    SIGNS_OF_CONTAMINATION(6, "Are there signs of contamination?", true),
    DETERMINE_CAUSE(7, "Determine alert cause and follow up as needed.", false),
    CLOSE_AND_LOG(8, "Close investigation and log incident.", false),
    CONTAMINATION_SUSPECTED(
            9,
            "Contamination is suspected. Notify designated personnel and initiate Water Contamination Response.",
            false);

    private final int number;
    private final String guideWording;
    private final boolean decision;

    InvestigationStep(int number, String guideWording, boolean decision) {
        this.number = number;
        this.guideWording = guideWording;
        this.decision = decision;
    }

    /** The step's number in figure 6-1. */
    public int number() {
        return number;
    }

    /** The step's text in figure 6-1. */
    public String guideWording() {
        return guideWording;
    }

    /** Whether the figure draws this step as a yes/no decision. */
    public boolean decision() {
        return decision;
    }

    /** Whether the investigation has ended here (steps 8 and 9 end the decision tree). */
    public boolean terminal() {
        return InvestigationTransitions.allowedFrom(this).isEmpty();
    }
}
