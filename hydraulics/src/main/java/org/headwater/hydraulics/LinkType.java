package org.headwater.hydraulics;

/** Link kinds in EPANET's order (types.h), so "a valve" is {@code ordinal() >= PRV}. */
public enum LinkType {
    CVPIPE,
    PIPE,
    PUMP,
    PRV,
    PSV,
    PBV,
    FCV,
    TCV,
    GPV;

    boolean isValve() {
        return ordinal() >= PRV.ordinal();
    }
}
