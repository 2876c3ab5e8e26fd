package org.headwater.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.headwater.app.config.Cadence;
import org.headwater.app.config.ClockSchedule;
import org.headwater.app.config.ScheduledJob;
import org.headwater.app.config.WallClock;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Rejection;
import org.headwater.telemetry.TelemetrySink;
import org.headwater.telemetry.Unit;
import org.jspecify.annotations.Nullable;

/**
 * Delivers the simulated meters' reads the way an AMI headend does: each meter transmits its
 * buffered hourly register reads on its own 6-hour schedule (EPA section 4: 4-24 h), so data
 * arrives in late batches; an injected outage holds transmissions back until it ends; alarms go
 * out when they happen; pressure sensors report every 15 minutes like SCADA; each zone's inflow
 * sensor reports an hour's mean flow when the hour ends, stamped at the hour's start; the water-quality
 * station reports every minute. Everything passes
 * through the same {@link ReadIntake} as real data.
 */
final class DemoReplay implements AutoCloseable {

    static final Duration READ_INTERVAL = Duration.ofHours(1);
    static final Duration TRANSMISSION_INTERVAL = Duration.ofHours(6);
    static final Duration SENSOR_STEP = Duration.ofMinutes(15);
    private static final int BATCH_SIZE = 5_000;
    private static final Duration LOOK = Duration.ofSeconds(1);

    private final List<SimulatedMeter> meters;
    private final List<SimulatedPressureSensor> sensors;
    private final List<SimulatedZoneInflow> inflows;
    private final List<SimulatedWaterQualityStation> qualityStations;
    private final ReadIntake intake;
    private final TelemetrySink sink;
    private final Clock clock;
    private final WallClock wallClock;
    private final AtomicLong delivered = new AtomicLong();
    private volatile Instant deliveredUntil = Instant.EPOCH;
    private volatile @Nullable ScheduledJob job;
    private volatile @Nullable DemoScada scada;

    DemoReplay(
            List<SimulatedMeter> meters,
            List<SimulatedPressureSensor> sensors,
            List<SimulatedZoneInflow> inflows,
            List<SimulatedWaterQualityStation> qualityStations,
            ReadIntake intake,
            TelemetrySink sink,
            Clock clock,
            WallClock wallClock) {
        this.meters = meters;
        this.sensors = sensors;
        this.inflows = inflows;
        this.qualityStations = qualityStations;
        this.intake = intake;
        this.sink = sink;
        this.clock = clock;
        this.wallClock = wallClock;
    }

    /** From now on SCADA values (pressure, inflows, water quality) go to this OPC UA server, not straight in. */
    void scadaOverOpcUa(DemoScada server) {
        this.scada = server;
    }

    long delivered() {
        return delivered.get();
    }

    /** Delivers everything the headend and SCADA would have sent in {@code (from, to]}. */
    void deliver(Instant from, Instant to) {
        IngestBatch.Builder batch = IngestBatch.builder();
        // receivedAt is when the batch arrived (wall clock); the reads carry simulated event times.
        ReadIntake.Session session = intake.session("demo-replay", wallClock.now(), batch);
        for (SimulatedMeter meter : meters) {
            deliverMeter(meter, from, to, session);
            flushIfFull(batch);
        }
        for (SimulatedPressureSensor sensor : sensors) {
            for (Instant t = nextStep(from, SENSOR_STEP); !t.isAfter(to); t = t.plus(SENSOR_STEP)) {
                scadaValue(session, sensor.sensorId(), Measurand.PRESSURE, t, sensor.kilopascals(t), Unit.KILOPASCAL);
            }
            flushIfFull(batch);
        }
        for (SimulatedZoneInflow inflow : inflows) {
            for (Instant end = nextStep(from, READ_INTERVAL); !end.isAfter(to); end = end.plus(READ_INTERVAL)) {
                Instant hour = end.minus(READ_INTERVAL);
                scadaValue(
                        session,
                        inflow.sensorId(),
                        Measurand.FLOW,
                        hour,
                        inflow.litresPerSecond(hour),
                        Unit.LITRE_PER_SECOND);
            }
        }
        for (SimulatedWaterQualityStation station : qualityStations) {
            deliverWaterQuality(station, from, to, session);
            flushIfFull(batch);
        }
        flush(batch);
    }

    // SCADA water-quality tags every minute; a value the station does not have is simply not sent.
    private void deliverWaterQuality(
            SimulatedWaterQualityStation station, Instant from, Instant to, ReadIntake.Session session) {
        Duration step = SimulatedWaterQualityStation.STEP;
        for (Instant t = nextStep(from, step); !t.isAfter(to); t = t.plus(step)) {
            for (int c = 0; c < SimulatedWaterQualityStation.CHANNELS.size(); c++) {
                double value = station.value(c, t);
                if (!Double.isNaN(value)) {
                    SimulatedWaterQualityStation.Replayed channel = SimulatedWaterQualityStation.CHANNELS.get(c);
                    scadaValue(
                            session,
                            SimulatedWaterQualityStation.sensorId(channel, station.node()),
                            channel.measurand(),
                            t,
                            value,
                            channel.unit());
                }
            }
        }
    }

    private void deliverMeter(SimulatedMeter meter, Instant from, Instant to, ReadIntake.Session session) {
        Duration phase = Duration.ofMinutes(Math.floorMod(meter.meterId().hashCode(), 360));
        for (Instant t = nextStep(from.minus(phase), TRANSMISSION_INTERVAL).plus(phase);
                !t.isAfter(to);
                t = t.plus(TRANSMISSION_INTERVAL)) {
            if (meter.transmissionBlocked(t)) {
                continue;
            }
            Instant previous = t.minus(TRANSMISSION_INTERVAL);
            for (int held = 0; held < 40 && meter.transmissionBlocked(previous); held++) {
                previous = previous.minus(TRANSMISSION_INTERVAL);
            }
            // The read at the previous transmission's last hour is sent again so intervals pair after a restart.
            for (Instant read = floor(previous, READ_INTERVAL); !read.isAfter(t); read = read.plus(READ_INTERVAL)) {
                send(session, meter.meterId(), Measurand.REGISTER, read, meter.register(read), Unit.LITRE, null);
            }
        }
        for (InjectedEvent event : meter.events()) {
            Instant alarmAt = event.start().plus(Duration.ofMinutes(10));
            String code = switch (event.kind()) {
                case BACKFLOW -> "REVERSE_FLOW";
                case TAMPER -> "MAGNETIC_TAMPER";
                default -> null;
            };
            if (code != null && alarmAt.isAfter(from) && !alarmAt.isAfter(to)) {
                quarantineIfRefused(
                        session,
                        session.alarm(meter.meterId(), alarmAt, code),
                        meter.meterId() + " " + alarmAt + " " + code);
            }
        }
    }

    // Over OPC UA the connector validates and quarantines; straight in, the intake does it here.
    private void scadaValue(
            ReadIntake.Session session, String sensorId, Measurand measurand, Instant time, double value, Unit unit) {
        DemoScada server = scada;
        if (server != null) {
            server.write(sensorId, time, value);
        } else {
            send(session, sensorId, measurand, time, value, unit, null);
        }
    }

    /** The SCADA tags the replay writes: every pressure sensor, zone inflow and water-quality channel. */
    List<DemoScada.Tag> scadaTags() {
        List<DemoScada.Tag> tags = new java.util.ArrayList<>();
        sensors.forEach(s -> tags.add(new DemoScada.Tag(s.sensorId(), Measurand.PRESSURE, Unit.KILOPASCAL)));
        inflows.forEach(i -> tags.add(new DemoScada.Tag(i.sensorId(), Measurand.FLOW, Unit.LITRE_PER_SECOND)));
        for (SimulatedWaterQualityStation station : qualityStations) {
            for (SimulatedWaterQualityStation.Replayed channel : SimulatedWaterQualityStation.CHANNELS) {
                tags.add(new DemoScada.Tag(
                        SimulatedWaterQualityStation.sensorId(channel, station.node()),
                        channel.measurand(),
                        channel.unit()));
            }
        }
        return tags;
    }

    // A simulated value the intake refuses is quarantined like any other source's, never dropped.
    private static void send(
            ReadIntake.Session session,
            String sourceId,
            Measurand measurand,
            Instant time,
            double value,
            Unit unit,
            @Nullable String serial) {
        quarantineIfRefused(
                session,
                session.reading(sourceId, measurand, time, value, unit, serial),
                sourceId + " " + measurand + " " + time + " " + value + " " + unit);
    }

    private static void quarantineIfRefused(ReadIntake.Session session, @Nullable Rejection rejection, String raw) {
        if (rejection != null) {
            session.reject(rejection, raw);
        }
    }

    private void flushIfFull(IngestBatch.Builder batch) {
        if (batch.size() >= BATCH_SIZE) {
            flush(batch);
        }
    }

    private void flush(IngestBatch.Builder batch) {
        IngestBatch drained = batch.drain();
        if (!drained.isEmpty()) {
            sink.accept(drained);
            delivered.addAndGet(drained.readings().size() + drained.events().size());
        }
    }

    static Instant floor(Instant time, Duration step) {
        long millis = step.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(time.toEpochMilli(), millis) * millis);
    }

    /** The first multiple of {@code step} strictly after {@code time}. */
    static Instant nextStep(Instant time, Duration step) {
        return floor(time, step).plus(step);
    }

    /**
     * Runs the live replay on the schedule: every second of wall time, delivers what became due on
     * the (replay) clock and saves the position. A failed delivery is retried from the same position
     * at the next look; nothing is skipped.
     */
    void start(ClockSchedule schedule, Instant from, DemoState state) {
        delivered(from);
        job = schedule.schedule("demo-replay", LOOK, Cadence.atEveryLook(), () -> {
            Instant now = clock.instant();
            deliver(deliveredUntil, now);
            state.saveSimulatedNow(now);
            delivered(now);
        });
    }

    private void delivered(Instant until) {
        deliveredUntil = until;
    }

    @Override
    public void close() {
        ScheduledJob running = job;
        if (running != null) {
            running.cancel();
        }
    }
}
