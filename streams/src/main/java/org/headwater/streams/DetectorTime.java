package org.headwater.streams;

/** What time the detectors are advanced to, which decides when clock-driven alerts (non-reporting) fire. */
public enum DetectorTime {
    /** Wall time and stream time, whichever is later: a live utility, as the single-node server runs. */
    WALL_CLOCK,
    /** Stream time (the newest read's event time) alone: a replay of history, or a bench at full speed. */
    STREAM_TIME
}
