package org.headwater.detect.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Four real days of the GECCO 2018 training file with eight expert-labelled events. */
class GeccoSliceTest {

    @Test
    void detectorFittedOnTheFirstTwoDaysFindsTheEventsOfTheNextTwo() throws IOException {
        LabelledSeries slice = WaterQualityCsv.read(
                TestData.shipped("gecco-water-quality/gecco2018_train_2016-08-13_to_08-16.csv.gz"),
                WaterQualityCsv.GECCO);
        int half = slice.size() / 2;
        LabelledSeries train = slice.slice(0, half);
        LabelledSeries test = slice.slice(half, slice.size());

        ShiftDetectorTuner.Fit fit = ShiftDetectorTuner.fit(List.of(train));
        EventScore score = SeriesReplay.score(fit::newDetector, List.of(test.withChannels(fit.channels())));

        assertThat(train.requireLabels()).contains(true);
        assertThat(score.f1()).isGreaterThan(0.8);
        assertThat(score.recall()).isGreaterThan(0.8);
    }
}
