/**
 * An in-process OPC UA server with simulated SCADA tags and their history: the peer of the OPC UA
 * connector in tests, the demo and the benchmark. It serves reads, browsing, subscriptions and
 * HistoryRead; its tags are read-only to clients.
 */
@NullMarked
package org.headwater.ingest.opcua.simulated;

import org.jspecify.annotations.NullMarked;
