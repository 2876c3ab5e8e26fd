/** Kafka as a telemetry source: topics of JSON reads and alarms, consumed into the store at least once. */
@NullMarked
package org.headwater.ingest.kafka;

import org.jspecify.annotations.NullMarked;
