package org.headwater.detect.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidualShiftDetectorTest {

    private final ShiftDetectorSettings settings =
            ShiftDetectorSettings.defaults().withBed(1, 0.5, 0.6).withTimeouts(120, Duration.ofMinutes(30), 10, 60);

    private ResidualShiftDetector detector() {
        return new ResidualShiftDetector(TestData.phTurbidityFlow(), settings);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void steadyNoisyWaterRaisesNoEvent(long seed) {
        assertThat(TestData.events(detector(), TestData.steady(2000, seed))).doesNotContain(true);
    }

    @Test
    void phShiftRaisesAnEventWhileItLastsAndNamesTheChannel() {
        List<StationSample> samples = shifted(TestData.steady(400, 7), 0, 300, 320, 0.3);
        ResidualShiftDetector detector = detector();
        List<WaterQualityVerdict> verdicts =
                samples.stream().map(detector::accept).toList();

        assertThat(verdicts.subList(300, 320)).allMatch(WaterQualityVerdict::event);
        assertThat(verdicts.get(300).channelDeviated(0)).isTrue();
        assertThat(verdicts.subList(322, 400)).noneMatch(WaterQualityVerdict::event);
    }

    @Test
    void flatLinedSensorDoesNotRaiseAnEvent() {
        List<StationSample> samples = new ArrayList<>(TestData.steady(1200, 11));
        // turbidity sensor stuck at a slightly high value for 10 hours, then back
        for (int i = 300; i < 900; i++) {
            samples.set(i, with(samples.get(i), 1, 0.024));
        }
        List<Boolean> events = TestData.events(detector(), samples);

        assertThat(events.subList(300 + settings.flatLineSteps(), 1200)).doesNotContain(true);
    }

    @Test
    void calibrationStepBecomesTheNewNormalAfterTheEventTimeout() {
        List<StationSample> samples = shifted(TestData.steady(1000, 13), 0, 200, 1000, 0.2);
        List<Boolean> events = TestData.events(detector(), samples);

        assertThat(events.subList(200, 210)).containsOnly(true);
        assertThat(events.subList(200 + settings.eventTimeoutSteps() + settings.warmUpSteps() + 5, 1000))
                .doesNotContain(true);
    }

    @Test
    void levelShiftAfterALongDataGapIsNotAnEvent() {
        List<StationSample> before = TestData.steady(300, 17);
        List<StationSample> after = shifted(TestData.steady(300, 18), 0, 0, 300, 0.25).stream()
                .map(s -> new StationSample(s.time().plus(Duration.ofHours(8)), s.values()))
                .toList();
        ResidualShiftDetector detector = detector();
        TestData.events(detector, before);

        assertThat(TestData.events(detector, after)).doesNotContain(true);
    }

    @Test
    void missingValuesAreNotEventsAndTheOtherChannelsStillVote() {
        List<StationSample> samples = new ArrayList<>(TestData.steady(400, 19));
        for (int i = 200; i < 260; i++) {
            double[] values = samples.get(i).values().clone();
            values[0] = Double.NaN;
            values[1] = i < 215 ? Double.NaN : 0.2;
            values[2] = i < 215 ? Double.NaN : values[2];
            samples.set(i, new StationSample(samples.get(i).time(), values));
        }
        ResidualShiftDetector detector = detector();
        List<WaterQualityVerdict> verdicts =
                samples.stream().map(detector::accept).toList();

        assertThat(verdicts.subList(200, 215)).noneMatch(WaterQualityVerdict::event);
        assertThat(verdicts.get(205).probability()).isNaN();
        assertThat(verdicts.subList(215, 260)).allMatch(WaterQualityVerdict::event);
    }

    @Test
    void flowChangeWidensTheThresholdsBecauseItExplainsAShift() {
        List<StationSample> samples = new ArrayList<>(TestData.steady(400, 23));
        ShiftDetectorSettings strict = settings.withOutlierThreshold(6).withOperational(8, 3);
        // a modest pH dip exactly when the flow steps from 1500 to 600 m3/h
        for (int i = 300; i < 400; i++) {
            double[] values = samples.get(i).values().clone();
            values[2] = 600 + (values[2] - 1500);
            if (i == 300) {
                values[0] -= 0.1;
            }
            samples.set(i, new StationSample(samples.get(i).time(), values));
        }

        assertThat(TestData.events(new ResidualShiftDetector(TestData.phTurbidityFlow(), strict), samples))
                .doesNotContain(true);
        assertThat(TestData.events(
                        new ResidualShiftDetector(TestData.phTurbidityFlow(), strict.withOperational(8, 1)), samples))
                .contains(true);
    }

    @Test
    void aVerdictDependsOnlyOnSamplesUpToItsOwnTime() {
        List<StationSample> samples = shifted(TestData.steady(900, 29), 1, 500, 540, 0.05);
        List<Boolean> full = TestData.events(detector(), samples);
        List<Boolean> prefix = TestData.events(detector(), samples.subList(0, 520));

        assertThat(full.subList(0, 520)).isEqualTo(prefix);
    }

    @Test
    void samplesOutOfTimeOrderAreRejectedNamingBothTimes() {
        ResidualShiftDetector detector = detector();
        List<StationSample> samples = TestData.steady(2, 31);
        detector.accept(samples.get(1));

        assertThatThrownBy(() -> detector.accept(samples.get(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "2016-08-03T00:00:00Z is not after the previous sample time 2016-08-03T00:01:00Z");
    }

    @Test
    void aSampleWithTheWrongNumberOfValuesIsRejected() {
        assertThatThrownBy(() -> detector().accept(new StationSample(TestData.START, new double[] {8.3})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has 1 values, the station has 3 channels");
    }

    private static List<StationSample> shifted(List<StationSample> samples, int channel, int from, int to, double by) {
        List<StationSample> result = new ArrayList<>(samples);
        for (int i = from; i < to; i++) {
            result.set(i, with(result.get(i), channel, result.get(i).values()[channel] + by));
        }
        return result;
    }

    private static StationSample with(StationSample sample, int channel, double value) {
        double[] values = sample.values().clone();
        values[channel] = value;
        return new StationSample(sample.time(), values);
    }
}
