package org.headwater.network;

/** Directed relations between elements: {@code from TYPE to}. */
public enum RelationType {
    /** A link starts at a node (pipe, pump, valve, service connection). */
    STARTS_AT,
    /** A link ends at a node. */
    ENDS_AT,
    /** A source or link supplies an area or node downstream (tank feeds zone). */
    FEEDS,
    /** A meter or connection serves a premise. */
    SERVES,
    /** An element lies inside an area (junction in pressure zone, premise in DMA). */
    LOCATED_IN,
    /** An element draws power from a feeder or substation. */
    POWERED_BY,
    /** A sensor measures at an element. */
    MEASURES,
    /** An account holds service at a premise. */
    ACCOUNT_FOR
}
