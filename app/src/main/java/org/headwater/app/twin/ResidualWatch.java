package org.headwater.app.twin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertState;
import org.headwater.alert.AlertType;
import org.headwater.alert.Alerts;
import org.headwater.alert.Evidence;
import org.headwater.alert.ResolvedThresholds;
import org.headwater.alert.ThresholdKey;
import org.headwater.alert.Thresholds;
import org.headwater.app.alert.AlertPipeline;
import org.headwater.app.config.Cadence;
import org.headwater.app.config.ClockSchedule;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.app.config.ScheduledJob;
import org.headwater.calendar.UtilityCalendar;
import org.headwater.detect.leak.ResidualRule;
import org.headwater.hydraulics.twin.LeakLocator;
import org.headwater.hydraulics.twin.LiveTwin;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.NetworkSource;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.Readings;
import org.headwater.workorder.AlertDraftRules;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live digital twin (ADR 0035): every 15 minutes of stored readings, the network model is solved at that
 * utility-local time with each zone's demand set to its estimate, the residuals (measured minus modelled) at the
 * pressure sensors and zone inflows are kept for the API, and {@link ResidualRule} judges the pressure residuals.
 * When it raises, {@link LeakLocator} ranks the pipes on the same model and a {@link AlertType#LEAK_BURST} alert
 * carrying them goes through {@link AlertPipeline#publish}, so it is grouped into an incident and drafts work.
 *
 * <p>Demand estimate: a zone's customers are taken to draw what its inflow meter measured at the same hour on
 * the previous seven days (the median), spread over its junctions as the model's own demands are. A burst does
 * not raise its own estimate, and the measured inflow of the hour is compared with it as the inflow residual.
 */
public final class ResidualWatch implements AutoCloseable {

    static final Duration STEP = Duration.ofMinutes(15);
    /** A step is judged once this long has passed after it ended: its readings have arrived. */
    static final Duration GRACE = Duration.ofMinutes(15);

    static final String DETECTOR = "network-model residuals";
    static final int CANDIDATES = 10;
    private static final Duration KEPT = Duration.ofDays(7);
    private static final int ESTIMATE_DAYS = 7;
    private static final Duration MAX_CATCH_UP = Duration.ofDays(2);
    private static final Logger log = LoggerFactory.getLogger(ResidualWatch.class);

    private final TwinModel models;
    private final CurrentNetwork network;
    private final Readings readings;
    private final Alerts alerts;
    private final AlertPipeline pipeline;
    private final Thresholds thresholds;
    private final UtilityCalendar calendar;
    private final Clock clock;
    private final NavigableMap<Instant, ResidualStep> steps = new ConcurrentSkipListMap<>();
    private final Map<String, LeakFinding> findings = new java.util.concurrent.ConcurrentHashMap<>();
    private @Nullable Loaded loaded;
    private @Nullable ResidualRule rule;
    private long ruleVersion = -1;
    private @Nullable Instant lastStep;
    private @Nullable String openAlert;
    private volatile @Nullable ScheduledJob polling;

    /** The model and layout of one kept network file and graph. */
    private record Loaded(int sourceHash, Network graph, LiveTwin twin, TwinLayout layout) {}

    ResidualWatch(
            TwinModel models,
            CurrentNetwork network,
            Readings readings,
            Alerts alerts,
            AlertPipeline pipeline,
            Thresholds thresholds,
            UtilityCalendar calendar,
            Clock clock) {
        this.models = models;
        this.network = network;
        this.readings = readings;
        this.alerts = alerts;
        this.pipeline = pipeline;
        this.thresholds = thresholds;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Judges every step completed since the last call and publishes the alert events; returns them. */
    public synchronized List<AlertEvent> evaluate() {
        Optional<Loaded> current = load();
        if (current.isEmpty() || current.get().layout().empty()) {
            return List.of();
        }
        Loaded twin = current.get();
        ResolvedThresholds resolved = thresholds.resolve(twin.graph().name(), null);
        ResidualRule.Settings settings = settings(resolved);
        Instant until = floor(clock.instant().minus(GRACE)).minus(STEP);
        if (rule == null || ruleVersion != resolved.version()) {
            rule = new ResidualRule(settings);
            ruleVersion = resolved.version();
            // a new rule re-learns its baselines from the stored history before judging the present
            lastStep = until.minus(Duration.ofHours((long) resolved.get(ThresholdKey.RESIDUAL_BASELINE_HOURS) + 6));
            openAlert = alerts.active().stream()
                    .filter(a -> a.type() == AlertType.LEAK_BURST)
                    .map(Alert::id)
                    .findFirst()
                    .orElse(null);
        }
        Instant from = lastStep.plus(STEP);
        if (from.isBefore(until.minus(MAX_CATCH_UP))) {
            from = floor(until.minus(MAX_CATCH_UP));
        }
        if (from.isAfter(until)) {
            return List.of();
        }
        List<AlertEvent> events = judge(twin, from, until, resolved);
        lastStep = until;
        steps.headMap(until.minus(KEPT)).clear();
        if (!events.isEmpty()) {
            pipeline.publish(events);
            log.info("Network-model residuals: {} alert events", events.size());
        }
        return events;
    }

    private List<AlertEvent> judge(Loaded twin, Instant from, Instant until, ResolvedThresholds resolved) {
        TwinLayout layout = twin.layout();
        Map<String, List<Reading>> pressure =
                readings.between(layout.pressureNodes().keySet(), List.of(Measurand.PRESSURE), from, until.plus(STEP));
        Map<String, List<Reading>> inflow = readings.between(
                layout.inflowZones().keySet(),
                List.of(Measurand.FLOW),
                from.minus(Duration.ofDays(ESTIMATE_DAYS + 1)),
                until.plus(Duration.ofHours(1)));
        List<AlertEvent> events = new ArrayList<>();
        for (Instant t = from; !t.isAfter(until); t = t.plus(STEP)) {
            long secondsOfDay = calendar.local(t).toLocalTime().toSecondOfDay();
            Map<String, Double> estimate = zoneEstimates(layout, inflow, t);
            LiveTwin.Solution solution = twin.twin().solve(secondsOfDay, estimate, Map.of());
            ResidualStep step = step(layout, pressure, inflow, t, solution);
            steps.put(t, step);
            Map<String, Double> residualByNode = new LinkedHashMap<>();
            step.pressures().stream()
                    .filter(r -> r.residual() != null)
                    .forEach(r -> residualByNode.put(r.element(), r.residual()));
            ResidualRule.Decision decision = rule.evaluate(t, residualByNode);
            if (decision instanceof ResidualRule.Raise raise && openAlert == null) {
                events.add(raise(twin, raise, secondsOfDay, estimate, resolved, step));
            } else if (decision instanceof ResidualRule.Clear clear && openAlert != null) {
                events.add(clear(clear));
            }
        }
        return events;
    }

    private AlertEvent raise(
            Loaded twin,
            ResidualRule.Raise raise,
            long secondsOfDay,
            Map<String, Double> estimate,
            ResolvedThresholds resolved,
            ResidualStep step) {
        List<LeakLocator.Candidate> junctions =
                twin.twin().locate(secondsOfDay, estimate, raise.changeKpa(), CANDIDATES);
        List<LeakLocator.RankedPipe> pipes = LeakLocator.pipes(junctions, CANDIDATES);
        Network graph = twin.graph();
        String sensorNode = raise.changeKpa().entrySet().stream()
                .min(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElseThrow();
        String source = twin.layout().pressureNodes().entrySet().stream()
                .filter(e -> e.getValue().equals(sensorNode))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(sensorNode);
        String best = junctions.isEmpty() ? sensorNode : junctions.getFirst().junction();
        String id = Alert.idOf(source, AlertType.LEAK_BURST, raise.at());
        List<LeakFinding.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < pipes.size(); i++) {
            LeakLocator.RankedPipe p = pipes.get(i);
            candidates.add(new LeakFinding.Candidate(i + 1, pipeElement(graph, p.pipe()), p.junction(), p.score()));
        }
        findings.put(
                id, new LeakFinding(id, raise.since(), raise.at(), raise.dropKpa(), raise.changeKpa(), candidates));
        openAlert = id;
        List<Reading> evidence = step.pressures().stream()
                .filter(r -> r.measured() != null)
                .map(r -> new Reading(r.sensor(), Measurand.PRESSURE, raise.at(), r.measured()))
                .toList();
        return new AlertEvent.AlertRaised(new Alert(
                id,
                AlertType.LEAK_BURST,
                AlertType.LEAK_BURST.defaultSeverity(),
                source,
                null,
                twin.layout().zoneOfJunction().get(best),
                graph.element(best).map(NetworkElement::location).orElse(null),
                raise.at(),
                new Evidence(evidence, List.of(), summary(raise, resolved, candidates)),
                DETECTOR,
                resolved.version(),
                null,
                AlertState.OPEN,
                null));
    }

    private AlertEvent clear(ResidualRule.Clear clear) {
        Alert open = alerts.find(openAlert).orElse(null);
        String id = openAlert;
        openAlert = null;
        Alert.ConditionKey key = open != null
                ? open.conditionKey()
                : new Alert.ConditionKey(id.substring(0, id.indexOf('/')), AlertType.LEAK_BURST);
        Instant at = open != null && clear.at().isBefore(open.time()) ? open.time() : clear.at();
        return new AlertEvent.AlertCleared(
                id,
                key,
                at,
                String.format(
                        Locale.ROOT,
                        "pressure residuals back within half the drop (%.1f kPa) for the persistence steps",
                        clear.dropKpa()));
    }

    private static String summary(
            ResidualRule.Raise raise, ResolvedThresholds resolved, List<LeakFinding.Candidate> candidates) {
        long agreeing = raise.changeKpa().values().stream()
                .filter(c -> -c >= resolved.get(ThresholdKey.RESIDUAL_DROP_KPA))
                .count();
        String pipes = candidates.stream()
                .limit(5)
                .map(c -> String.format(Locale.ROOT, "%s (%.3f)", c.pipe(), c.score()))
                .collect(Collectors.joining(", "));
        return String.format(
                Locale.ROOT,
                "%d pressure sensors below the network model by at least %.1f kPa (limit %.1f kPa at %d sensors) for"
                        + " %d steps since %s; " + AlertDraftRules.CANDIDATE_PIPES + "%s",
                agreeing,
                raise.dropKpa(),
                resolved.get(ThresholdKey.RESIDUAL_DROP_KPA),
                (int) resolved.get(ThresholdKey.RESIDUAL_SENSORS),
                (int) resolved.get(ThresholdKey.RESIDUAL_STEPS),
                raise.since(),
                pipes);
    }

    private static ResidualRule.Settings settings(ResolvedThresholds resolved) {
        int steps = (int) Math.round(resolved.get(ThresholdKey.RESIDUAL_BASELINE_HOURS) * 3600 / STEP.toSeconds());
        return new ResidualRule.Settings(
                resolved.get(ThresholdKey.RESIDUAL_DROP_KPA),
                (int) Math.max(1, Math.round(resolved.get(ThresholdKey.RESIDUAL_SENSORS))),
                (int) Math.max(1, Math.round(resolved.get(ThresholdKey.RESIDUAL_STEPS))),
                Math.max(1, steps));
    }

    private static ResidualStep step(
            TwinLayout layout,
            Map<String, List<Reading>> pressure,
            Map<String, List<Reading>> inflow,
            Instant t,
            LiveTwin.Solution solution) {
        List<ResidualStep.Residual> pressures = new ArrayList<>();
        layout.pressureNodes()
                .forEach((sensor, node) -> pressures.add(ResidualStep.Residual.of(
                        sensor, node, mean(pressure.get(sensor), t, t.plus(STEP)), solution.pressureKpa(node))));
        List<ResidualStep.Residual> inflows = new ArrayList<>();
        Instant hour = t.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        layout.inflowZones()
                .forEach((sensor, zone) -> inflows.add(ResidualStep.Residual.of(
                        sensor,
                        zone,
                        mean(inflow.get(sensor), hour, hour.plus(Duration.ofHours(1))),
                        solution.zoneDemandLps().getOrDefault(zone, 0.0))));
        return new ResidualStep(t, pressures, inflows);
    }

    /** Each zone's inflow at the same hour on the previous days (the median), L/s; zones without history are left out. */
    private static Map<String, Double> zoneEstimates(TwinLayout layout, Map<String, List<Reading>> inflow, Instant t) {
        Instant hour = t.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        Map<String, Double> byZone = new HashMap<>();
        layout.inflowZones().forEach((sensor, zone) -> {
            double[] days = new double[ESTIMATE_DAYS];
            int n = 0;
            for (int d = 1; d <= ESTIMATE_DAYS; d++) {
                Instant h = hour.minus(Duration.ofDays(d));
                Double q = mean(inflow.get(sensor), h, h.plus(Duration.ofHours(1)));
                if (q != null) {
                    days[n++] = q;
                }
            }
            if (n > 0) {
                double[] seen = Arrays.copyOf(days, n);
                Arrays.sort(seen);
                double median = n % 2 == 1 ? seen[n / 2] : (seen[n / 2 - 1] + seen[n / 2]) / 2;
                byZone.merge(zone, median, Double::sum);
            }
        });
        return byZone;
    }

    private static @Nullable Double mean(@Nullable List<Reading> series, Instant from, Instant to) {
        if (series == null) {
            return null;
        }
        double sum = 0;
        int n = 0;
        for (Reading r : series) {
            if (!r.time().isBefore(from) && r.time().isBefore(to)) {
                sum += r.value();
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    private static String pipeElement(Network graph, String epanetId) {
        return graph.element(epanetId).isPresent()
                        || graph.element("pipe:" + epanetId).isEmpty()
                ? epanetId
                : "pipe:" + epanetId;
    }

    private Optional<Loaded> load() {
        Optional<TwinModel.ModelSource> source = models.current();
        if (source.isEmpty()) {
            loaded = null;
            rule = null;
            return Optional.empty();
        }
        NetworkSource kept = source.get().source();
        int hash = kept.fileName().hashCode() * 31 + Arrays.hashCode(kept.content());
        Network graph = network.get();
        if (loaded == null || loaded.sourceHash() != hash || loaded.graph() != graph) {
            var model = source.get().read();
            TwinLayout layout = TwinLayout.of(graph, model);
            loaded = new Loaded(hash, graph, new LiveTwin(model, layout.zoneOfJunction()), layout);
            rule = null;
            steps.clear();
        }
        return Optional.of(loaded);
    }

    private static Instant floor(Instant t) {
        long s = STEP.toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(t.getEpochSecond(), s) * s);
    }

    /** The kept steps with {@code from <= time < to}, oldest first. */
    List<ResidualStep> steps(Instant from, Instant to) {
        return List.copyOf(steps.subMap(from, true, to, false).values());
    }

    /** The findings behind LEAK_BURST alerts raised since the server started, newest first. */
    List<LeakFinding> findings() {
        return findings.values().stream()
                .sorted(Comparator.comparing(LeakFinding::raisedAt).reversed())
                .toList();
    }

    Optional<LeakFinding> finding(String alertId) {
        return Optional.ofNullable(findings.get(alertId));
    }

    /** Polls the server's clock; each completed step is judged at the first poll after it. */
    void start(ClockSchedule schedule, Duration poll) {
        polling = schedule.schedule("twin-residuals", poll, Cadence.atEveryLook(), this::evaluate);
    }

    @Override
    public void close() {
        ScheduledJob p = polling;
        if (p != null) {
            p.cancel();
        }
    }
}
