package org.headwater.workorder;

/** How far Headwater may act on its own for one type of work (the blueprint's phased governance). */
public enum GovernanceLevel {
    /** Drafts are shown and never sent. */
    READ_ONLY,
    /** A person approves every order before it is sent: the default. */
    ASSISTED,
    /** Sent without a person, allowed only for types the utility lists as low-risk. */
    AUTOMATIC
}
