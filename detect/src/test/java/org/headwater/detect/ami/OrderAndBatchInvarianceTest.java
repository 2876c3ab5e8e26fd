package org.headwater.detect.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertType;
import org.headwater.alert.Thresholds;
import org.headwater.network.Network;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.Reading;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 3 item 5: the alerts do not depend on arrival order or batch boundaries. Each seed builds a
 * feed, detects it once in event-time order as a single batch, then again with every input delayed
 * by a random time up to the allowed lateness, arriving in that (shuffled) order, cut into batches of
 * random size with the chain advanced to each batch's arrival time; both runs must emit the same events.
 */
class OrderAndBatchInvarianceTest {

    private static final Duration LATENESS = Duration.ofHours(3);
    private static final int DAYS = 10;
    /** Both runs end with the clock here, after every arrival, so the live non-reporting check sees the same time. */
    private static final Instant END =
            ChainDriver.START.plus(Duration.ofDays(DAYS)).plus(LATENESS);

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 20);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shuffledAndRebatchedInputGivesTheSameAlerts(long seed) {
        SyntheticFeed feed = new SyntheticFeed(seed, 24, DAYS);

        List<AlertEvent> inOrder = inEventTimeOrder(feed);
        List<AlertEvent> shuffled = shuffledAndRebatched(feed, new Random(seed * 31 + 7));

        assertThat(inOrder)
                .extracting(
                        e -> e instanceof AlertEvent.AlertRaised r ? r.alert().type() : null)
                .as("the feed exercises the detectors")
                .contains(AlertType.BACKFLOW, AlertType.NON_REPORTING, AlertType.PRESSURE_DROP);
        assertThat(shuffled).containsExactlyElementsOf(inOrder);
    }

    private static DetectorChain chain(SyntheticFeed feed) {
        Network.Builder network = Network.builder("invariance");
        feed.meters.forEach(m -> m.addTo(network));
        Clock clock = Clock.fixed(ChainDriver.START, ZoneOffset.UTC);
        return new DetectorChain(
                new NetworkSourceDirectory(network.build()),
                new Thresholds(clock),
                new ChainSettings(LATENESS, ZoneOffset.UTC),
                clock);
    }

    private static List<AlertEvent> inEventTimeOrder(SyntheticFeed feed) {
        DetectorChain chain = chain(feed);
        List<Reading> readings = new ArrayList<>(feed.readings);
        readings.sort(Comparator.comparing(Reading::time));
        chain.accept(readings, feed.events);
        List<AlertEvent> events = new ArrayList<>(chain.flush().alertEvents());
        events.addAll(chain.advanceTo(END).alertEvents());
        return canonical(events);
    }

    private record Arrival(Instant at, Object input) {}

    private static List<AlertEvent> shuffledAndRebatched(SyntheticFeed feed, Random random) {
        List<Arrival> arrivals = new ArrayList<>();
        long maxDelay = LATENESS.toMillis();
        feed.readings.forEach(r -> arrivals.add(new Arrival(r.time().plusMillis(random.nextLong(maxDelay)), r)));
        feed.events.forEach(e -> arrivals.add(new Arrival(e.time().plusMillis(random.nextLong(maxDelay)), e)));
        arrivals.sort(Comparator.comparing(Arrival::at));
        DetectorChain chain = chain(feed);
        List<AlertEvent> events = new ArrayList<>();
        int i = 0;
        while (i < arrivals.size()) {
            int end = Math.min(arrivals.size(), i + 1 + random.nextInt(400));
            List<Reading> readings = new ArrayList<>();
            List<MeterEvent> meterEvents = new ArrayList<>();
            for (Arrival a : arrivals.subList(i, end)) {
                if (a.input() instanceof Reading r) {
                    readings.add(r);
                } else {
                    meterEvents.add((MeterEvent) a.input());
                }
            }
            java.util.Collections.shuffle(readings, random);
            chain.accept(readings, meterEvents);
            DetectionResult result = chain.advanceTo(arrivals.get(end - 1).at());
            assertThat(result.lateReadings()).isEmpty();
            events.addAll(result.alertEvents());
            i = end;
        }
        events.addAll(chain.flush().alertEvents());
        events.addAll(chain.advanceTo(END).alertEvents());
        return canonical(events);
    }

    private static List<AlertEvent> canonical(List<AlertEvent> events) {
        List<AlertEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(AlertEvent::time)
                .thenComparing(AlertEvent::alertId)
                .thenComparing(e -> e instanceof AlertEvent.AlertRaised ? 0 : 1));
        return sorted;
    }
}
