package org.headwater.ingest.sparkplug;

import java.util.ArrayList;
import java.util.List;
import org.headwater.telemetry.Rejection;
import org.jspecify.annotations.Nullable;

/** What one Sparkplug message produced: metric values, refusals, and perhaps a rebirth request. */
public final class MessageOutcome {

    private final List<MetricValue> values = new ArrayList<>();
    private final List<Refusal> refusals = new ArrayList<>();
    private @Nullable RebirthRequest rebirth;
    private int ignored;

    /** A metric (or the whole message) refused, with the text to quarantine. */
    public record Refusal(Rejection rejection, String raw) {}

    void value(MetricValue value) {
        values.add(value);
    }

    void refuse(Rejection rejection, String raw) {
        refusals.add(new Refusal(rejection, raw));
    }

    void rebirth(RebirthRequest request) {
        rebirth = request;
    }

    void ignore() {
        ignored++;
    }

    public List<MetricValue> values() {
        return values;
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    /** The rebirth request to send, when this message revealed a gap the host cannot read past. */
    public @Nullable RebirthRequest rebirth() {
        return rebirth;
    }

    /** Messages or metrics that carry nothing to store (commands, STATE, bdSeq, node controls). */
    public int ignored() {
        return ignored;
    }
}
