package org.headwater.detect.quality;

/** What a channel tells the detector: a water-quality parameter, or an operational signal that explains shifts. */
public enum ChannelRole {
    /** A water-quality parameter (chlorine, pH, turbidity ...) whose deviations can make an event. */
    QUALITY,
    /** An operational signal (flow, pressure, pump state): never an event itself, but a change in it explains a shift. */
    OPERATIONAL
}
