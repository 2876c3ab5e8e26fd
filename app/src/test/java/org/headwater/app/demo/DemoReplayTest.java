package org.headwater.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.network.MeterSpec;
import org.headwater.telemetry.AlarmCode;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.MeterDirectory;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.Reading;
import org.junit.jupiter.api.Test;

class DemoReplayTest {

    static final Instant T = SimulatedMeterTest.T;

    private final List<IngestBatch> delivered = new ArrayList<>();
    private final Clock clock = Clock.fixed(T.plus(Duration.ofDays(30)), ZoneOffset.UTC);
    /** The real time: well behind the replay clock, as in a demo that has run for a while. */
    private static final Instant WALL = T.plus(Duration.ofDays(2));

    private DemoReplay replay(List<SimulatedMeter> meters, List<SimulatedPressureSensor> sensors) {
        return replay(meters, sensors, List.of());
    }

    private DemoReplay replay(
            List<SimulatedMeter> meters, List<SimulatedPressureSensor> sensors, List<SimulatedZoneInflow> inflows) {
        ReadIntake intake = ReadIntake.withDefaults(MeterDirectory.acceptingAll(MeterSpec.residentialDefault()), clock);
        return new DemoReplay(
                meters,
                sensors,
                inflows,
                List.of(),
                intake,
                delivered::add,
                clock,
                new org.headwater.app.config.WallClock(Clock.fixed(WALL, ZoneOffset.UTC)));
    }

    private List<Reading> readings(String source, Measurand measurand) {
        return delivered.stream()
                .flatMap(b -> b.readings().stream())
                .filter(r -> r.sourceId().equals(source) && r.measurand() == measurand)
                .distinct()
                .toList();
    }

    private static SimulatedMeter meter(String id, InjectedEvent... events) {
        return new SimulatedMeter(id, SimulatedMeterTest.steadyHousehold(), Duration.ZERO, 1.0, 5000, List.of(events));
    }

    @Test
    void everyHourlyReadArrivesAndIntervalsAreDerivedFromThem() {
        DemoReplay replay = replay(List.of(meter("M-1")), List.of());

        replay.deliver(T, T.plus(Duration.ofDays(1)));

        List<Reading> intervals = readings("M-1", Measurand.INTERVAL_VOLUME);
        assertThat(intervals).hasSizeGreaterThanOrEqualTo(20);
        assertThat(intervals)
                .allSatisfy(r -> assertThat(r.value()).isEqualTo(10.0, org.assertj.core.data.Offset.offset(1e-6)));
    }

    @Test
    void aQuarantinedReadIsRecordedAsReceivedAtWallClockTimeWhileTheReplayClockJudgesItsEventTime() {
        DemoReplay replay = replay(List.of(meter("M-1")), List.of());

        // Reads a day past the replay clock's "now" are in the future for the data: quarantined.
        replay.deliver(T.plus(Duration.ofDays(29)), T.plus(Duration.ofDays(31)));

        List<org.headwater.telemetry.RejectedRecord> rejected =
                delivered.stream().flatMap(b -> b.rejected().stream()).toList();
        assertThat(rejected).isNotEmpty().allSatisfy(r -> {
            assertThat(r.reason()).isEqualTo(org.headwater.telemetry.RejectionReason.TIMESTAMP_IN_FUTURE);
            assertThat(r.raw()).startsWith("M-1 REGISTER ");
            assertThat(r.receivedAt()).isEqualTo(WALL);
        });
        assertThat(readings("M-1", Measurand.REGISTER))
                .as("reads up to the replay clock's now are accepted")
                .isNotEmpty()
                .allSatisfy(r ->
                        assertThat(r.time()).isBeforeOrEqualTo(clock.instant().plus(Duration.ofMinutes(5))));
    }

    @Test
    void readsArriveInSixHourlyTransmissionsNotOneByOne() {
        DemoReplay replay = replay(List.of(meter("M-1")), List.of());

        replay.deliver(T, T.plus(Duration.ofHours(1)));
        int afterOneHour = readings("M-1", Measurand.REGISTER).size();
        replay.deliver(T.plus(Duration.ofHours(1)), T.plus(Duration.ofHours(7)));

        assertThat(afterOneHour).isIn(0, 6, 7);
        assertThat(readings("M-1", Measurand.REGISTER)).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void outageHoldsReadsBackUntilItEndsThenDeliversTheBacklog() {
        InjectedEvent outage = new InjectedEvent(
                InjectedEvent.Kind.NON_REPORTING, List.of("M-1"), T.plus(Duration.ofHours(6)), Duration.ofHours(12), 0);
        DemoReplay replay = replay(List.of(meter("M-1", outage)), List.of());

        replay.deliver(T, outage.end().minusSeconds(1));
        Instant lastBeforeEnd = readings("M-1", Measurand.REGISTER).stream()
                .map(Reading::time)
                .max(Instant::compareTo)
                .orElseThrow();
        replay.deliver(outage.end().minusSeconds(1), outage.end().plus(Duration.ofHours(6)));

        assertThat(lastBeforeEnd).isBeforeOrEqualTo(outage.start());
        assertThat(readings("M-1", Measurand.REGISTER))
                .extracting(Reading::time)
                .contains(outage.start().plus(Duration.ofHours(3)), outage.end().minus(Duration.ofHours(1)));
    }

    @Test
    void backflowSendsTheReverseFlowAlarmOnceAndNegativeIntervals() {
        InjectedEvent backflow = new InjectedEvent(
                InjectedEvent.Kind.BACKFLOW, List.of("M-1"), T.plus(Duration.ofHours(6)), Duration.ofHours(2), 40);
        DemoReplay replay = replay(List.of(meter("M-1", backflow)), List.of());

        replay.deliver(T, T.plus(Duration.ofHours(8)));
        replay.deliver(T.plus(Duration.ofHours(8)), T.plus(Duration.ofHours(24)));

        List<MeterEvent> alarms =
                delivered.stream().flatMap(b -> b.events().stream()).toList();
        assertThat(alarms).singleElement().satisfies(a -> assertThat(a.code()).isEqualTo(AlarmCode.REVERSE_FLOW));
        assertThat(readings("M-1", Measurand.INTERVAL_VOLUME))
                .anySatisfy(r -> assertThat(r.value()).isNegative());
    }

    @Test
    void pressureSensorsReportEveryQuarterHourAndShowTheInjectedDrop() {
        InjectedEvent drop = new InjectedEvent(
                InjectedEvent.Kind.PRESSURE_DROP,
                List.of("PS-1"),
                T.plus(Duration.ofHours(2)),
                Duration.ofHours(1),
                150);
        SimulatedPressureSensor sensor = new SimulatedPressureSensor("PS-1", 0.5, List.of(drop));
        DemoReplay replay = replay(List.of(), List.of(sensor));

        replay.deliver(T, T.plus(Duration.ofHours(4)));

        List<Reading> pressure = readings("PS-1", Measurand.PRESSURE);
        assertThat(pressure).hasSize(16);
        double during = pressure.stream()
                .filter(r -> drop.covers(r.time()))
                .mapToDouble(Reading::value)
                .max()
                .orElseThrow();
        double before = pressure.stream()
                .filter(r -> r.time().isBefore(drop.start()))
                .mapToDouble(Reading::value)
                .min()
                .orElseThrow();
        assertThat(during).isLessThan(before - 100);
    }

    @Test
    void aZoneInflowSensorReportsTheHourlyUseOfItsMetersPlusBackgroundLeakage() {
        SimulatedMeter one = meter("M-1");
        SimulatedMeter two = meter("M-2");
        SimulatedZoneInflow inflow = new SimulatedZoneInflow("FS-zone-A", List.of(one, two));
        DemoReplay replay = replay(List.of(), List.of(), List.of(inflow));

        replay.deliver(T, T.plus(Duration.ofHours(6)));

        List<Reading> flow = readings("FS-zone-A", Measurand.FLOW);
        assertThat(flow).hasSize(6);
        // Each steady household uses 10 L an hour: two of them are 20 L/h on top of the leakage.
        assertThat(flow)
                .allSatisfy(r -> assertThat(r.value())
                        .isCloseTo(
                                20 / 3600.0 + SimulatedZoneInflow.BACKGROUND_LEAKAGE_LPS,
                                org.assertj.core.data.Offset.offset(1e-9)));
        assertThat(flow.getFirst().time()).isEqualTo(T);
    }
}
