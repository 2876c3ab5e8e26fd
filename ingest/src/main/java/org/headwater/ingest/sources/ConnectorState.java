package org.headwater.ingest.sources;

/** Where a connector stands with its source. */
public enum ConnectorState {
    /** Trying to reach the source (first start or after a loss). */
    CONNECTING,
    CONNECTED,
    /** Lost the source; retrying on its own. */
    DISCONNECTED,
    /** Closed on purpose (shutdown, or disabled). */
    STOPPED
}
