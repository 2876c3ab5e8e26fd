package org.headwater.detect.quality;

import java.util.List;
import java.util.function.Supplier;

/** Streams a recorded series through a fresh detector in time order, as it would have run live. */
public final class SeriesReplay {

    private SeriesReplay() {}

    /** One event flag per sample; each depends only on the samples up to and including it. */
    public static boolean[] predict(WaterQualityEventDetector detector, LabelledSeries series) {
        List<StationSample> samples = series.samples();
        boolean[] events = new boolean[samples.size()];
        for (int i = 0; i < events.length; i++) {
            events[i] = detector.accept(samples.get(i)).event();
        }
        return events;
    }

    /** Scores a detector on each labelled series, each replayed through its own fresh detector. */
    public static EventScore score(
            Supplier<? extends WaterQualityEventDetector> detectors, List<LabelledSeries> series) {
        EventScore total = new EventScore(0, 0, 0);
        for (LabelledSeries one : series) {
            total = total.plus(EventScore.of(one.requireLabels(), predict(detectors.get(), one)));
        }
        return total;
    }
}
