package org.headwater.app.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.network.ElementKind;
import org.headwater.network.MeterSpec;
import org.headwater.network.NetworkElement;
import org.headwater.telemetry.ReadSlots;
import org.headwater.telemetry.ReadSuccessRate;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read success rate per meter and for the system over a sliding window (default EPA's three days;
 * 98.5-99.5 % is typical). Meters that sent nothing count as zero received. By default the window
 * ends one transmission interval before now: reads still waiting in the meter for their scheduled
 * transmission are late, not missing. {@code worstMeters} lists only meters that missed reads, lowest
 * rate first (ties by meter id), at most {@code worst} of them.
 */
@RestController
@RequestMapping("/api/v1/read-success-rate")
class ReadSuccessRateController {

    private final CurrentNetwork network;
    private final ReadSlots readSlots;
    private final Clock clock;

    ReadSuccessRateController(CurrentNetwork network, ReadSlots readSlots, Clock clock) {
        this.network = network;
        this.readSlots = readSlots;
        this.clock = clock;
    }

    record MeterRate(String meterId, long received, long expected, double rate) {}

    record SystemRate(
            Instant windowStart,
            Instant windowEnd,
            int meters,
            long received,
            long expected,
            double rate,
            int metersBelowTypical,
            List<MeterRate> worstMeters) {}

    private static Duration longestTransmissionInterval(List<NetworkElement> meters) {
        return meters.stream()
                .map(m -> MeterSpec.of(m).transmissionInterval())
                .max(Duration::compareTo)
                .orElse(Duration.ZERO);
    }

    @GetMapping
    SystemRate rate(
            @RequestParam(required = false) @Nullable Instant windowEnd,
            @RequestParam(defaultValue = "PT72H") Duration window,
            @RequestParam(defaultValue = "20") int worst) {
        Paging.check(0, worst);
        if (window.isNegative() || window.isZero() || window.compareTo(Duration.ofDays(31)) > 0) {
            throw new IllegalArgumentException("window must be positive and at most 31 days: " + window);
        }
        ReadSuccessRate rates = new ReadSuccessRate(window);
        List<NetworkElement> meters = network.get().elements(ElementKind.METER).toList();
        Instant end = windowEnd == null ? clock.instant().minus(longestTransmissionInterval(meters)) : windowEnd;
        Instant start = end.minus(window);
        Map<Duration, Map<String, Long>> slotsByInterval = new HashMap<>();
        List<MeterRate> perMeter = new ArrayList<>();
        List<ReadSuccessRate.Rate> all = new ArrayList<>();
        for (NetworkElement meter : meters) {
            Duration interval = MeterSpec.of(meter).readInterval();
            Map<String, Long> slots =
                    slotsByInterval.computeIfAbsent(interval, i -> readSlots.distinctSlots(i, start, end));
            ReadSuccessRate.Rate rate = rates.ofMeterSlots(interval, slots.getOrDefault(meter.id(), 0L));
            all.add(rate);
            perMeter.add(new MeterRate(
                    meter.id(),
                    rate.received(),
                    rate.expected(),
                    Resolution.round(rate.fraction(), Resolution.FRACTION_DECIMALS)));
        }
        ReadSuccessRate.Rate system = ReadSuccessRate.ofSystem(all);
        // worst first; a meter that missed no read is not among the worst, however the ids sort
        List<MeterRate> missedReads = perMeter.stream()
                .filter(m -> m.received() < m.expected())
                .sorted(Comparator.comparingDouble(MeterRate::rate).thenComparing(MeterRate::meterId))
                .limit(worst)
                .toList();
        int below = (int) perMeter.stream()
                .filter(m -> m.rate() < ReadSuccessRate.EPA_TYPICAL_LOW)
                .count();
        return new SystemRate(
                start,
                end,
                perMeter.size(),
                system.received(),
                system.expected(),
                Resolution.round(system.fraction(), Resolution.FRACTION_DECIMALS),
                below,
                missedReads);
    }
}
