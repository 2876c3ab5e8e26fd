package org.headwater.app.twin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The live twin's residuals and leak findings: {@code GET /api/v1/twin/residuals} (every step of every sensor the
 * model knows, or one sensor's series with {@code sensor}) and {@code GET /api/v1/twin/leaks} (the candidate pipes
 * behind each LEAK_BURST alert).
 */
@RestController
@RequestMapping("/api/v1/twin")
class ResidualController {

    private static final Duration DEFAULT_RANGE = Duration.ofHours(24);
    private static final Duration MAX_RANGE = Duration.ofDays(7);

    private final ResidualWatch watch;
    private final Clock clock;

    ResidualController(ResidualWatch watch, Clock clock) {
        this.watch = watch;
        this.clock = clock;
    }

    /** One sensor's measured, modelled and residual values over time. */
    record SensorSeries(String sensor, String element, String unit, List<Point> points) {}

    /** One step of one sensor; measured and residual are null when no reading arrived. */
    record Point(
            Instant time,
            @Nullable Double measured,
            double modelled,
            @Nullable Double residual) {}

    /** All sensors over the range: each with its series. */
    record Residuals(Instant from, Instant to, String stepMinutes, List<SensorSeries> sensors) {}

    @GetMapping("/residuals")
    Residuals residuals(
            @RequestParam(required = false) @Nullable String sensor,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to) {
        Instant end = to == null ? clock.instant() : to;
        Instant start = from == null ? end.minus(DEFAULT_RANGE) : from;
        if (!start.isBefore(end) || Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "from must be before to and at most 7 days before it: " + start + " .. " + end);
        }
        List<ResidualStep> steps = watch.steps(start, end);
        java.util.Map<String, SensorSeries> bySensor = new java.util.LinkedHashMap<>();
        for (ResidualStep step : steps) {
            add(bySensor, step.time(), step.pressures(), "kPa", sensor);
            add(bySensor, step.time(), step.inflows(), "L/s", sensor);
        }
        if (sensor != null && bySensor.isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "the network model has no residuals for sensor '" + sensor + "' in that range");
        }
        return new Residuals(start, end, Long.toString(ResidualWatch.STEP.toMinutes()), List.copyOf(bySensor.values()));
    }

    private static void add(
            java.util.Map<String, SensorSeries> bySensor,
            Instant time,
            List<ResidualStep.Residual> residuals,
            String unit,
            @Nullable String only) {
        for (ResidualStep.Residual r : residuals) {
            if (only != null && !Objects.equals(only, r.sensor())) {
                continue;
            }
            bySensor.computeIfAbsent(
                            r.sensor(), s -> new SensorSeries(s, r.element(), unit, new java.util.ArrayList<>()))
                    .points()
                    .add(new Point(time, r.measured(), r.modelled(), r.residual()));
        }
    }

    @GetMapping("/leaks")
    List<LeakFinding> leaks() {
        return watch.findings();
    }
}
