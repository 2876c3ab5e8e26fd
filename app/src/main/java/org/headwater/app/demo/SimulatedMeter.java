package org.headwater.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One demo meter's register, computed from a real household's use: the household series is
 * time-shifted by whole weeks (so weekday and hour of day stay aligned), scaled, and repeated
 * end to end. Injected events then change the register exactly as the real event would. The value
 * depends only on the time asked for, so a restart replays the same register.
 */
final class SimulatedMeter {

    /** A fixed origin so the replay is the same whenever it starts. */
    static final Instant ORIGIN = Instant.parse("2000-01-03T00:00:00Z");

    private final String meterId;
    private final HouseholdSeries household;
    private final long shiftSeconds;
    private final double scale;
    private final double baseLitres;
    private final List<InjectedEvent> events;

    SimulatedMeter(
            String meterId,
            HouseholdSeries household,
            Duration shift,
            double scale,
            double baseLitres,
            List<InjectedEvent> events) {
        this.meterId = meterId;
        this.household = household;
        this.shiftSeconds = shift.toSeconds();
        this.scale = scale;
        this.baseLitres = baseLitres;
        this.events = List.copyOf(events);
    }

    String meterId() {
        return meterId;
    }

    String householdKey() {
        return household.key();
    }

    double scale() {
        return scale;
    }

    /** The register without injected events, in litres. */
    double normalRegister(Instant time) {
        // Whole-week loops from a Monday: the household's hour of day and weekday stay those of the replay.
        long relative = time.getEpochSecond() - ORIGIN.getEpochSecond() + shiftSeconds;
        long span = household.replaySpanSeconds();
        long wraps = Math.floorDiv(relative, span);
        long within = Math.floorMod(relative, span);
        long loopStart = household.replayStart();
        double used = wraps * household.replayLitres()
                + household.usedUntil(loopStart + within)
                - household.usedUntil(loopStart);
        return baseLitres + scale * used;
    }

    /** The register the meter reports, in litres, with the injected events applied. */
    double register(Instant time) {
        double register = normalRegister(time);
        for (InjectedEvent event : events) {
            if (!time.isAfter(event.start())) {
                continue;
            }
            Instant until = time.isBefore(event.end()) ? time : event.end();
            double hours = Duration.between(event.start(), until).toMillis() / 3_600_000.0;
            register += switch (event.kind()) {
                case CONTINUOUS_LEAK -> event.magnitude() * hours;
                // Flow recorded while a magnet sits on the meter, or while water runs backwards, is not forward use.
                case TAMPER -> -(normalRegister(until) - normalRegister(event.start()));
                case BACKFLOW ->
                    -(normalRegister(until) - normalRegister(event.start()))
                            - event.magnitude() * event.elapsedFraction(time);
                case NON_REPORTING, PRESSURE_DROP, CHLORINE_DROP, BURST -> 0;
            };
        }
        return register;
    }

    /** Whether a transmission at {@code time} is lost to an injected outage (the MIU keeps the reads). */
    boolean transmissionBlocked(Instant time) {
        for (InjectedEvent event : events) {
            if (event.kind() == InjectedEvent.Kind.NON_REPORTING && event.covers(time)) {
                return true;
            }
        }
        return false;
    }

    List<InjectedEvent> events() {
        return events;
    }
}
