package org.headwater.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.headwater.network.MeterSpec;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RegisterToIntervalsTest {

    private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
    private static final MeterSpec HOURLY = MeterSpec.residentialDefault();

    private final RegisterToIntervals intervals = new RegisterToIntervals(RegisterToIntervals.Settings.defaults());
    private final Collected out = new Collected();

    @Test
    void consecutiveReadsGiveTheVolumeBetweenThem() {
        read(0, 1000);
        read(1, 1012.5);

        assertThat(out.intervals).containsExactly(interval(1, 12.5));
    }

    @Test
    void aLoneReadGivesNoInterval() {
        read(5, 1000);

        assertThat(out.intervals).isEmpty();
    }

    @Test
    void lateReadEmitsTheIntervalsItCompletes() {
        read(0, 100);
        read(2, 130);
        assertThat(out.intervals).isEmpty();

        read(1, 110);

        assertThat(out.intervals).containsExactlyInAnyOrder(interval(1, 10), interval(2, 20));
    }

    @Test
    void reSentDuplicateEmitsNothing() {
        read(0, 100);
        read(1, 110);
        out.intervals.clear();

        read(1, 110);
        read(0, 100);

        assertThat(out.intervals).isEmpty();
        assertThat(out.rejections).isEmpty();
    }

    @Test
    void readJitterOfSecondsStillPairs() {
        // Real MIU clocks jitter: DAIAD reads are 3,599-3,601 s apart as often as 3,600.
        accept(T0.plusSeconds(19 * 60 + 43), 500, null);
        accept(T0.plusSeconds(3600 + 19 * 60 + 41), 507, null);

        assertThat(out.intervals).extracting(Reading::value).containsExactly(7.0);
    }

    @Test
    void onDemandReadNextToAScheduledOneTakesNoPartInIntervals() {
        read(0, 100);
        accept(T0.plusSeconds(60), 101, null);
        read(1, 110);

        assertThat(out.intervals).containsExactly(interval(1, 10));
    }

    @Test
    void registerRolloverBecomesAPositiveIntervalVolume() {
        // Residential default: the register wraps at 1e9 L.
        read(0, 999_999_990);
        read(1, 15);

        assertThat(out.intervals).containsExactly(interval(1, 25));
    }

    @Test
    void smallDecreaseIsReverseFlow() {
        // EPA 5.2: backflow detection works on negative interval volumes.
        read(0, 5000);
        read(1, 4996.2);

        assertThat(out.intervals).hasSize(1);
        assertThat(out.intervals.get(0).value()).isCloseTo(-3.8, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void registerGoingBackwardsBeyondTheReverseFlowLimitGivesNoIntervalAndARejection() {
        read(0, 456_017);
        read(1, 207_814);
        read(2, 207_851);

        assertThat(out.intervals).containsExactly(interval(2, 37));
        assertThat(out.rejections).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectionReason.REGISTER_WENT_BACKWARDS);
            assertThat(r.detail()).contains("m1", "456017.0", "207814.0");
        });
    }

    @Test
    void meterReplacementStartsANewSeries() {
        read(0, 90_000);
        intervals.meterReplaced("m1", T0.plusSeconds(1800));
        read(1, 3);
        read(2, 10);

        assertThat(out.intervals).containsExactly(interval(2, 7));
        assertThat(out.rejections).isEmpty();
    }

    @Test
    void serialChangeStartsANewSeries() {
        accept(T0, 90_000, "SN-1");
        accept(T0.plusSeconds(3600), 3, "SN-2");
        accept(T0.plusSeconds(7200), 10, "SN-2");

        assertThat(out.intervals).containsExactly(interval(2, 7));
    }

    @Test
    void readOlderThanTheRememberedWindowEmitsNothing() {
        var small = new RegisterToIntervals(new RegisterToIntervals.Settings(100, 0.1, 0.1, 3));
        for (int h = 10; h < 20; h++) {
            small.accept(register(h, h * 10.0), HOURLY, null, out);
        }
        out.intervals.clear();

        small.accept(register(5, 50), HOURLY, null, out);

        assertThat(out.intervals).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seedList")
    void orderOfArrivalDoesNotChangeTheSetOfIntervals(long seed) {
        Random random = new Random(seed);
        List<Reading> series = new ArrayList<>();
        double register = random.nextInt(1000);
        for (int h = 0; h < 40; h++) {
            if (random.nextInt(10) == 0) {
                continue; // a missed read leaves a gap
            }
            register += random.nextInt(10) == 0 ? -random.nextInt(5) : random.nextInt(50);
            series.add(register(h, register));
        }
        Set<Reading> inOrder = emitted(series);
        List<Reading> shuffled = new ArrayList<>(series);
        Collections.shuffle(shuffled, random);
        shuffled.addAll(series.subList(0, series.size() / 3)); // and some re-sent

        assertThat(emitted(shuffled)).isEqualTo(inOrder);
    }

    static List<Long> seedList() {
        return LongStream.range(0, 25).boxed().toList();
    }

    private Set<Reading> emitted(List<Reading> arrivals) {
        var fresh = new RegisterToIntervals(new RegisterToIntervals.Settings(100, 0.1, 0.1, 64));
        Collected sink = new Collected();
        arrivals.forEach(r -> fresh.accept(r, HOURLY, null, sink));
        assertThat(new HashSet<>(sink.intervals)).hasSize(sink.intervals.size()); // each once
        return new HashSet<>(sink.intervals);
    }

    private void read(int hour, double litres) {
        intervals.accept(register(hour, litres), HOURLY, null, out);
    }

    private void accept(Instant time, double litres, @Nullable String serial) {
        intervals.accept(new Reading("m1", Measurand.REGISTER, time, litres), HOURLY, serial, out);
    }

    private static Reading register(int hour, double litres) {
        return new Reading("m1", Measurand.REGISTER, T0.plus(Duration.ofHours(hour)), litres);
    }

    private static Reading interval(int hour, double litres) {
        return new Reading("m1", Measurand.INTERVAL_VOLUME, T0.plus(Duration.ofHours(hour)), litres);
    }

    static final class Collected implements RegisterToIntervals.Emitter {
        final List<Reading> intervals = new ArrayList<>();
        final List<Rejection> rejections = new ArrayList<>();

        @Override
        public void interval(Reading intervalVolume) {
            intervals.add(intervalVolume);
        }

        @Override
        public void rejected(RejectionReason reason, String raw, String detail) {
            rejections.add(new Rejection(reason, detail));
        }
    }
}
