package org.headwater.alert;

/** What a group of related alerts most likely is (EPA sections 5.2 and "AMI Data and Resilience"). */
public enum IncidentKind {
    /** One alert, or related alerts that match no pattern below. */
    ALERT_CLUSTER,
    /** Backflow at several meters in one zone together with a pressure drop: a main break or similar (EPA section 2). */
    DISTRIBUTION_SYSTEM_EVENT,
    /** Several non-reporting meters close together: power or communications lost (EPA's Hurricane Sandy example). */
    POWER_OR_COMMUNICATIONS_OUTAGE,
    /** Backflow and tampering at one premise: possible intentional contamination (EPA section 2). */
    POSSIBLE_INTENTIONAL_CONTAMINATION
}
