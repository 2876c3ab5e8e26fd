package org.headwater.detect.dma;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The utility-local hours of minimum night flow, {@code [startHour, endHour)} of one calendar
 * night, as UTC hours. DST-safe: the window is the time between the two local instants, so it has
 * one hour less on the spring-forward night and one more on the fall-back night when the change
 * falls inside it, and the mean over its hours stays a mean.
 *
 * @param zone the utility's time zone
 * @param startHour first local hour of the window (0-23)
 * @param endHour local hour the window ends at, exclusive (1-24, after {@code startHour})
 */
public record NightWindow(ZoneId zone, int startHour, int endHour) {

    public NightWindow {
        Objects.requireNonNull(zone, "zone");
        if (startHour < 0 || startHour > 23) {
            throw new IllegalArgumentException("night_flow_start_hour must lie in 0..23, got " + startHour);
        }
        if (endHour <= startHour || endHour > 24) {
            throw new IllegalArgumentException("night_flow_end_hour must lie after night_flow_start_hour " + startHour
                    + " and at most 24, got " + endHour);
        }
    }

    /** 02:00-04:00 local: the usual minimum night flow hours of a residential DMA. */
    public static NightWindow standard(ZoneId zone) {
        return new NightWindow(zone, 2, 4);
    }

    /** When the window of {@code night} begins. */
    public Instant start(LocalDate night) {
        return at(night, startHour);
    }

    /** When the window of {@code night} ends: its values are complete from here on. */
    public Instant end(LocalDate night) {
        return at(night, endHour);
    }

    /** The whole UTC hours the window of {@code night} covers, in order. */
    public List<Instant> hours(LocalDate night) {
        List<Instant> hours = new ArrayList<>();
        Instant end = end(night);
        for (Instant h = start(night); h.isBefore(end); h = h.plus(Duration.ofHours(1))) {
            hours.add(h);
        }
        return hours;
    }

    /** The last night whose window has ended at or before {@code now}. */
    public LocalDate lastNightEndedBy(Instant now) {
        LocalDate night = LocalDate.ofInstant(now, zone);
        return end(night).isAfter(now) ? night.minusDays(1) : night;
    }

    private Instant at(LocalDate night, int hour) {
        // Hour 24 is the next day's midnight. A local time skipped by DST resolves to the later
        // offset (02:00 on the spring-forward night is 03:00), a repeated one to the earlier.
        return night.atStartOfDay().plusHours(hour).atZone(zone).toInstant();
    }
}
