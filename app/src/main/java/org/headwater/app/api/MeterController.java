package org.headwater.app.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.network.ElementKind;
import org.headwater.network.MeterSpec;
import org.headwater.network.NetworkElement;
import org.headwater.network.RelationType;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.MeterEvents;
import org.headwater.telemetry.ReadSuccessRate;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.Readings;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Meters with their interface-unit attributes, their reads over a time range and their alarms. */
@RestController
@RequestMapping("/api/v1/meters")
class MeterController {

    /** Longest range one request may ask for, so a typo cannot scan years of reads. */
    static final Duration MAX_RANGE = Duration.ofDays(366);

    private final CurrentNetwork network;
    private final Readings readings;
    private final MeterEvents meterEvents;
    private final Clock clock;

    MeterController(CurrentNetwork network, Readings readings, MeterEvents meterEvents, Clock clock) {
        this.network = network;
        this.readings = readings;
        this.meterEvents = meterEvents;
        this.clock = clock;
    }

    record MeterSummary(String id, String name, @Nullable String premise, MeterSpec spec, NetworkElement element) {}

    record MeterPage(long total, int offset, List<MeterSummary> meters) {}

    @GetMapping
    MeterPage meters(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
        Paging.check(offset, limit);
        List<NetworkElement> meters = network.get().elements(ElementKind.METER).toList();
        return new MeterPage(
                meters.size(),
                offset,
                Paging.page(meters, offset, limit).stream().map(this::summary).toList());
    }

    @GetMapping("/{id}")
    MeterSummary meter(@PathVariable String id) {
        return summary(meterElement(id));
    }

    private MeterSummary summary(NetworkElement meter) {
        List<String> premises = network.get().targets(meter.id(), RelationType.SERVES);
        return new MeterSummary(
                meter.id(), meter.name(), premises.isEmpty() ? null : premises.get(0), MeterSpec.of(meter), meter);
    }

    record ReadSeries(
            String meterId, Measurand measurand, String unit, Instant from, Instant to, List<Reading> reads) {}

    /** Reads in {@code [from, to)}; defaults to the last 7 days before now. */
    @GetMapping("/{id}/reads")
    ReadSeries reads(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(defaultValue = "INTERVAL_VOLUME") Measurand measurand) {
        meterElement(id);
        Instant end = to == null ? clock.instant() : to;
        Instant start = from == null ? end.minus(Duration.ofDays(7)) : from;
        checkRange(start, end);
        return new ReadSeries(
                id,
                measurand,
                measurand.canonicalUnit(),
                start,
                end,
                readings.between(id, measurand, start, end).stream()
                        .map(Resolution::of)
                        .toList());
    }

    @GetMapping("/{id}/events")
    List<MeterEvent> events(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to) {
        meterElement(id);
        Instant end = to == null ? clock.instant() : to;
        Instant start = from == null ? end.minus(Duration.ofDays(30)) : from;
        checkRange(start, end);
        return meterEvents.between(id, start, end);
    }

    record MeterReadRate(
            String meterId, Instant windowStart, Instant windowEnd, long received, long expected, double rate) {}

    /**
     * The meter's read success rate over EPA's three days, ending one transmission interval before now
     * (reads still buffered in the meter are late, not missing), as the system rate does.
     */
    @GetMapping("/{id}/read-success-rate")
    MeterReadRate readSuccessRate(@PathVariable String id) {
        MeterSpec spec = MeterSpec.of(meterElement(id));
        ReadSuccessRate rates = ReadSuccessRate.overThreeDays();
        Instant end = clock.instant().minus(spec.transmissionInterval());
        Instant start = end.minus(rates.window());
        List<Instant> times = Stream.of(Measurand.REGISTER, Measurand.INTERVAL_VOLUME)
                .flatMap(m -> readings.between(id, m, start, end).stream())
                .map(Reading::time)
                .toList();
        ReadSuccessRate.Rate rate = rates.ofMeter(spec.readInterval(), times, end);
        return new MeterReadRate(
                id,
                start,
                end,
                rate.received(),
                rate.expected(),
                Resolution.round(rate.fraction(), Resolution.FRACTION_DECIMALS));
    }

    static void checkRange(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to: from=" + from + ", to=" + to);
        }
        if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw new IllegalArgumentException(
                    "range from=" + from + " to=" + to + " is longer than " + MAX_RANGE.toDays() + " days");
        }
    }

    private NetworkElement meterElement(String id) {
        return network.get()
                .element(id)
                .filter(e -> e.kind() == ElementKind.METER)
                .orElseThrow(() -> new NoSuchElementException("no meter " + id));
    }
}
