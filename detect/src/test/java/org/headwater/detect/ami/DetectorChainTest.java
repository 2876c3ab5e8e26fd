package org.headwater.detect.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headwater.testkit.MeterBuilder.aMeter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertType;
import org.headwater.alert.MeterClass;
import org.headwater.alert.ThresholdScope;
import org.headwater.alert.ThresholdValues;
import org.headwater.alert.Thresholds;
import org.headwater.network.MeterSpec;
import org.headwater.network.Network;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.testkit.HourlySeries;
import org.junit.jupiter.api.Test;

class DetectorChainTest {

    private static Instant hour(int h) {
        return ChainDriver.START.plus(Duration.ofHours(h));
    }

    @Test
    void aThresholdChangedAtRuntimeAppliesToTheNextReadingsAndIsNamedByTheAlert() {
        // Issue 3 item 2: changed at runtime without a restart; every alert names its threshold version.
        ChainDriver d = new ChainDriver(aMeter().id("m1"), aMeter().id("m2"));
        d.feed(HourlySeries.of("m1", ChainDriver.START, 4, h -> h == 2 ? -3 : 10));
        d.thresholds.set(
                new ThresholdScope.ForMeter("m1"),
                ThresholdValues.parse(Map.of("backflow_volume_litres", "2")),
                "operator");
        d.feed(HourlySeries.of("m1", hour(4), 4, h -> h == 2 ? -3 : 10));
        d.feed(HourlySeries.of("m2", hour(4), 4, h -> h == 2 ? -3 : 10));

        assertThat(d.raised(AlertType.BACKFLOW)).singleElement().satisfies(a -> {
            assertThat(a.sourceId()).isEqualTo("m1");
            assertThat(a.time()).isEqualTo(hour(7));
            assertThat(a.thresholdVersion()).isEqualTo(2);
        });
    }

    @Test
    void aMeterClassOverrideAppliesToEveryMeterOfTheClass() {
        // EPA 5.2 "Alert Sensitivity": mechanical meters are less sensitive to reverse flow than solid-state ones.
        ChainDriver d = new ChainDriver(aMeter().id("mech").mechanical(), aMeter().id("solid"));
        d.thresholds.set(
                new ThresholdScope.ForMeterClass(new MeterClass(MeterSpec.MeterType.MECHANICAL, 0.625)),
                ThresholdValues.parse(Map.of("backflow_volume_litres", "1")),
                "operator");
        d.feed(HourlySeries.of("mech", ChainDriver.START, 4, h -> h == 2 ? -1.5 : 10));
        d.feed(HourlySeries.of("solid", ChainDriver.START, 4, h -> h == 2 ? -1.5 : 10));

        assertThat(d.raised(AlertType.BACKFLOW)).extracting(Alert::sourceId).containsExactly("mech");
    }

    @Test
    void aReadingOlderThanWhatWasDetectedIsReturnedAsLate() {
        ChainDriver d = new ChainDriver(aMeter().id("m1"));
        d.feed(HourlySeries.of("m1", ChainDriver.START, 6, Usage::household));
        Reading late = new Reading("m1", Measurand.INTERVAL_VOLUME, hour(3).minusSeconds(60), 4);
        d.feed(List.of(late));

        assertThat(d.results.getLast().lateReadings()).containsExactly(late);
    }

    @Test
    void readingsWithinTheAllowedLatenessAreHeldBackAndDetectedInOrder() {
        ChainDriver d = new ChainDriver(new ChainSettings(Duration.ofHours(3), ZoneOffset.UTC), aMeter().id("m1"));
        List<Reading> readings = HourlySeries.of("m1", ChainDriver.START, 8, h -> h == 2 || h == 3 ? -4 : 10);
        d.feed(readings.subList(2, 5));
        d.feed(readings.subList(0, 2));
        d.feed(readings.subList(5, 8));

        assertThat(d.results).allSatisfy(r -> assertThat(r.lateReadings()).isEmpty());
        assertThat(d.raised(AlertType.BACKFLOW))
                .singleElement()
                .satisfies(a -> assertThat(a.time()).isEqualTo(hour(4)));
    }

    @Test
    void afterARestartReplayedHistoryNeitherRepeatsNorLosesAnOpenAlert() {
        // Issue 3 item 5: a restart loses no detector state that matters. The active alerts come back
        // from the Alerts port, then the recent readings are replayed through a fresh chain.
        List<Reading> history = HourlySeries.of("m1", ChainDriver.START, 30, h -> h >= 10 && h < 26 ? -20 : 5);
        ChainDriver before = new ChainDriver(aMeter().id("m1"));
        before.feed(history.subList(0, 20));
        Alert open = before.raised(AlertType.BACKFLOW).getFirst();

        Network.Builder network = Network.builder("restart");
        aMeter().id("m1").addTo(network);
        Clock clock = Clock.fixed(hour(20), ZoneOffset.UTC);
        DetectorChain restarted = new DetectorChain(
                new NetworkSourceDirectory(network.build()), new Thresholds(clock), ChainSettings.immediate(), clock);
        restarted.restore(List.of(open));
        List<AlertEvent> events = restarted.process(history, List.of()).alertEvents();

        assertThat(events).noneMatch(e -> e instanceof AlertEvent.AlertRaised);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.alertId()).isEqualTo(open.id());
            assertThat(e.time()).isEqualTo(hour(27));
        });
    }

    @Test
    void lateDataIsReEvaluatedByReplayingTheMeter() {
        // Issue 3 item 5: late data re-evaluates correctly. Hour 3's reverse volume arrives after the
        // hours around it were detected; alone, hour 2's 4 L stayed below the 5 L threshold.
        List<Reading> all = HourlySeries.of("m1", ChainDriver.START, 6, h -> h == 1 || h == 2 ? -4 : 10);
        Reading late = all.get(2);
        List<Reading> onTime = all.stream().filter(r -> r != late).toList();
        ChainDriver d = new ChainDriver(aMeter().id("m1"));
        d.feed(onTime);
        d.feed(List.of(late));
        assertThat(d.raised()).isEmpty();
        assertThat(d.results.getLast().lateReadings()).containsExactly(late);

        List<AlertEvent> events =
                d.chain.replay("m1", all, List.of(), List.of()).alertEvents();

        assertThat(events)
                .extracting(AlertEvent::alertId)
                .containsExactly("m1/BACKFLOW/" + hour(3), "m1/BACKFLOW/" + hour(3));
        assertThat(events.get(0)).isInstanceOf(AlertEvent.AlertRaised.class);
        assertThat(events.get(1).time()).isEqualTo(hour(4));
    }
}
