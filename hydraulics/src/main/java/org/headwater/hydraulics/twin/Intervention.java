package org.headwater.hydraulics.twin;

/** One change to the network a what-if asks about; {@code element} is the EPANET id of the link. */
public sealed interface Intervention {

    String element();

    /** A crew closes a pipe or a valve for the whole period. */
    record CloseLink(String element) implements Intervention {
        public CloseLink {
            requireId(element);
        }
    }

    /** A pump stops (tripped, out of service) for the whole period; its controls no longer start it. */
    record StopPump(String element) implements Intervention {
        public StopPump {
            requireId(element);
        }
    }

    /**
     * A pipe breaks: an orifice opens at one of its junctions, its area a fraction of the pipe's bore
     * (1 is a full circumferential break, 0.1 a typical longitudinal split), discharging to atmosphere.
     */
    record BreakPipe(String element, double openingFraction) implements Intervention {
        public static final double DEFAULT_OPENING_FRACTION = 0.1;

        public BreakPipe {
            requireId(element);
            if (!(openingFraction > 0 && openingFraction <= 1)) {
                throw new IllegalArgumentException(
                        "openingFraction of the break of " + element + " must be in (0, 1], was " + openingFraction);
            }
        }
    }

    private static void requireId(String element) {
        if (element == null || element.isBlank()) {
            throw new IllegalArgumentException("element must name a link");
        }
    }
}
