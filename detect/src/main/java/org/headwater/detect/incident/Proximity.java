package org.headwater.detect.incident;

import org.headwater.alert.Alert;

/** Whether two alerts are close enough in space or in the network to belong to one incident. */
@FunctionalInterface
public interface Proximity {

    boolean related(Alert a, Alert b);

    /** Same source, premise or zone only: for runs without a network. */
    static Proximity sameZoneOrPremise() {
        return (a, b) -> a.sourceId().equals(b.sourceId())
                || (a.premiseId() != null && a.premiseId().equals(b.premiseId()))
                || (a.zoneId() != null && a.zoneId().equals(b.zoneId()));
    }
}
