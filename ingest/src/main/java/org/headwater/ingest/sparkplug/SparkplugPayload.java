package org.headwater.ingest.sparkplug;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A decoded Sparkplug B payload.
 *
 * @param timestamp when the edge node sent it, ms since the epoch
 * @param seq the message sequence number 0..255 (absent in NDEATH)
 * @param metrics the metrics in payload order
 */
public record SparkplugPayload(
        @Nullable Long timestamp, @Nullable Long seq, List<SparkplugMetric> metrics) {

    public SparkplugPayload {
        metrics = List.copyOf(metrics);
    }
}
