package org.headwater.detect.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Four real days of the GECCO 2018 training file with eight expert-labelled events, cut from the
 * file where it lies (GPL-3, not shipped: skipped without it, see {@link GeccoData}).
 */
class GeccoSliceTest {

    @Test
    void detectorFittedOnTheFirstTwoDaysFindsTheEventsOfTheNextTwo() throws IOException {
        LabelledSeries slice = GeccoData.august13To16();
        int half = slice.size() / 2;
        LabelledSeries train = slice.slice(0, half);
        LabelledSeries test = slice.slice(half, slice.size());

        ShiftDetectorTuner.Fit fit = ShiftDetectorTuner.fit(List.of(train));
        EventScore score = SeriesReplay.score(fit::newDetector, List.of(test.withChannels(fit.channels())));

        assertThat(slice.size()).isEqualTo(4 * 24 * 60);
        assertThat(train.requireLabels()).contains(true);
        assertThat(score.f1()).isGreaterThan(0.8);
        assertThat(score.recall()).isGreaterThan(0.8);
    }
}
