package org.headwater.detect.incident;

import java.util.Objects;
import java.util.Optional;
import org.headwater.alert.Alert;

/** Whether two alerts are close enough in space or in the network to belong to one incident. */
@FunctionalInterface
public interface Proximity {

    boolean related(Alert a, Alert b);

    /**
     * How {@code a} and {@code b} are related, in words for the incident ("same zone z1", "within 3
     * pipes"), or empty when they are not.
     */
    default Optional<String> relation(Alert a, Alert b) {
        return related(a, b) ? Optional.of("related") : Optional.empty();
    }

    /**
     * How water can pass between {@code a} and {@code b}: the same source or premise, or (where the
     * network is known) connected through a few pipes. Being in one zone or near on the map is not
     * enough for a contamination pattern.
     */
    default Optional<String> hydraulicRelation(Alert a, Alert b) {
        return samePlace(a, b);
    }

    /** Same source, premise or zone only: for runs without a network. */
    static Proximity sameZoneOrPremise() {
        return new Proximity() {
            @Override
            public boolean related(Alert a, Alert b) {
                return relation(a, b).isPresent();
            }

            @Override
            public Optional<String> relation(Alert a, Alert b) {
                return samePlace(a, b).or(() -> sameZone(a, b));
            }
        };
    }

    /** Same source or same premise, in words. */
    static Optional<String> samePlace(Alert a, Alert b) {
        if (a.sourceId().equals(b.sourceId())) {
            return Optional.of("same source " + a.sourceId());
        }
        if (a.premiseId() != null && a.premiseId().equals(b.premiseId())) {
            return Optional.of("same premise " + a.premiseId());
        }
        // A premise-level alert has the premise as its source.
        if (a.sourceId().equals(b.premiseId()) || b.sourceId().equals(a.premiseId())) {
            return Optional.of("same premise " + (a.premiseId() != null ? a.premiseId() : b.premiseId()));
        }
        return Optional.empty();
    }

    /** Same pressure zone or DMA, in words. */
    static Optional<String> sameZone(Alert a, Alert b) {
        return a.zoneId() != null && Objects.equals(a.zoneId(), b.zoneId())
                ? Optional.of("same zone " + a.zoneId())
                : Optional.empty();
    }
}
