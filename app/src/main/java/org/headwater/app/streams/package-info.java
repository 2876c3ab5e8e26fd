/**
 * The scale-out deployment ({@code headwater.streams.enabled=true}): Kafka as a telemetry source,
 * stored readings published to Kafka for the detector topology instead of detected in-process, and
 * the topology's alerts recorded like the server's own.
 */
@NullMarked
package org.headwater.app.streams;

import org.jspecify.annotations.NullMarked;
