package org.headwater.detect.quality;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A station's samples in time order, with the expert's event labels when the source has them.
 *
 * @param source where the samples came from, for messages
 * @param channels the station's channels, in the order of each sample's values
 * @param samples the samples, strictly increasing in time
 * @param labels one label per sample ({@code true} = event), or {@code null} when unlabelled
 */
public record LabelledSeries(
        String source, List<Channel> channels, List<StationSample> samples, boolean @Nullable [] labels) {

    public LabelledSeries {
        channels = List.copyOf(channels);
        samples = List.copyOf(samples);
        if (labels != null && labels.length != samples.size()) {
            throw new IllegalArgumentException(
                    source + ": " + labels.length + " labels for " + samples.size() + " samples");
        }
    }

    public int size() {
        return samples.size();
    }

    public boolean[] requireLabels() {
        if (labels == null) {
            throw new IllegalArgumentException(source + " has no event labels");
        }
        return labels;
    }

    /** Samples {@code from} (inclusive) to {@code to} (exclusive), for time-split validation. */
    public LabelledSeries slice(int from, int to) {
        boolean[] cut = labels == null ? null : java.util.Arrays.copyOfRange(labels, from, to);
        return new LabelledSeries(source + "[" + from + ".." + to + ")", channels, samples.subList(from, to), cut);
    }

    /** The same samples seen with other channel settings (e.g. fitted precisions). */
    public LabelledSeries withChannels(List<Channel> newChannels) {
        return new LabelledSeries(source, newChannels, samples, labels);
    }
}
