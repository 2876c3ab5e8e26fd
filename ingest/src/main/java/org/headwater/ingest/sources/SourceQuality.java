package org.headwater.ingest.sources;

/**
 * The quality a field source attaches to a value (OPC UA status code severity, Sparkplug quality,
 * a historian's quality column), reduced to the three classes every protocol shares. Good and
 * uncertain values become readings; bad values are quarantined with the source's status text.
 */
public enum SourceQuality {
    GOOD,
    /** The source doubts the value (sensor calibrating, last usable value): kept, and counted on the status board. */
    UNCERTAIN,
    /** The source says the value is wrong or missing: never a reading. */
    BAD
}
