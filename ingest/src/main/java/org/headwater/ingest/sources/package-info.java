/**
 * What every field connector (OPC UA, Sparkplug B, Modbus TCP, historian files) shares: the tag map
 * from source addresses to sensors, the source-quality rule, the {@code headwater.sources.*}
 * configuration shape and the connector status board.
 */
@NullMarked
package org.headwater.ingest.sources;

import org.jspecify.annotations.NullMarked;
