package org.headwater.app.twin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.calendar.UtilityCalendar;
import org.headwater.hydraulics.HydraulicsException;
import org.headwater.hydraulics.twin.Intervention;
import org.headwater.hydraulics.twin.WhatIfOutcome;
import org.headwater.hydraulics.twin.WhatIfRunner;
import org.headwater.hydraulics.twin.WhatIfScenario;
import org.headwater.hydraulics.twin.WhatIfTimeout;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.network.Location;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Runs what-if questions on the current network's hydraulic model and answers in the network's terms:
 * element ids as the map shows them, the premises and meters each affected node serves, and the critical
 * customers among them. Simulation only: nothing here reaches a control system. Runs are bounded (a week
 * of simulated time at most, a wall-clock budget, two at a time).
 */
@Component
class WhatIfDesk {

    private static final Set<ElementKind> ACTIONABLE = Set.of(ElementKind.PIPE, ElementKind.VALVE, ElementKind.PUMP);

    private final TwinModel model;
    private final CurrentNetwork network;
    private final Clock clock;
    private final UtilityCalendar calendar;
    private final double defaultMinimumPsi;
    private final Duration budget;
    private final Semaphore running = new Semaphore(2);

    WhatIfDesk(
            TwinModel model,
            CurrentNetwork network,
            Clock clock,
            UtilityCalendar calendar,
            @Value("${headwater.twin.minimum-pressure-psi:20}") double defaultMinimumPsi,
            @Value("${headwater.twin.run-budget:PT30S}") Duration budget) {
        this.model = model;
        this.network = network;
        this.clock = clock;
        this.calendar = calendar;
        this.defaultMinimumPsi = defaultMinimumPsi;
        this.budget = budget;
    }

    WhatIfReport run(WhatIfRequest request) {
        TwinModel.ModelSource source = model.current()
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.CONFLICT,
                        "the current network was not imported from an EPANET .inp file, so there is no hydraulic"
                                + " model to run: import one with `./headwater import network FILE.inp`"));
        Network graph = network.get();
        List<WhatIfReport.Action> applied = new ArrayList<>();
        List<Intervention> interventions = interventions(graph, request.actions(), applied);
        double hours = request.durationHours() == null ? 24.0 : request.durationHours();
        double minimum = request.minimumPressurePsi() == null ? defaultMinimumPsi : request.minimumPressurePsi();
        Instant start = request.start() == null ? clock.instant() : request.start();
        LocalTime timeOfDay = calendar.local(start).toLocalTime();
        WhatIfScenario scenario =
                new WhatIfScenario(interventions, Math.round(hours * 3600), timeOfDay.toSecondOfDay(), minimum);
        if (!running.tryAcquire()) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "two what-if runs are already running");
        }
        long started = System.nanoTime();
        WhatIfOutcome outcome;
        try {
            outcome = new WhatIfRunner(source::read).run(scenario, budget);
        } catch (WhatIfTimeout | HydraulicsException e) {
            throw new ResponseStatusException(HttpStatusCode.valueOf(422), e.getMessage(), e);
        } finally {
            running.release();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return report(graph, start, hours, minimum, applied, outcome, millis);
    }

    private static List<Intervention> interventions(
            Network graph, @Nullable List<WhatIfRequest.Action> actions, List<WhatIfReport.Action> applied) {
        if (actions == null || actions.isEmpty()) {
            throw new IllegalArgumentException("actions must name at least one action");
        }
        List<Intervention> interventions = new ArrayList<>();
        for (WhatIfRequest.Action a : actions) {
            if (a.element() == null || a.element().isBlank()) {
                throw new IllegalArgumentException("every action needs an element");
            }
            NetworkElement element = graph.element(a.element())
                    .orElseThrow(() -> new IllegalArgumentException(
                            "unknown element '" + a.element() + "' in network " + graph.name()));
            if (!ACTIONABLE.contains(element.kind())) {
                throw new IllegalArgumentException("element '" + a.element() + "' is a " + element.kind()
                        + ": actions apply to pipes, valves and pumps");
            }
            String link = element.attribute(Attr.SOURCE_ID).orElse(element.id());
            String action = a.action() == null
                    ? ""
                    : a.action().strip().toUpperCase(Locale.ROOT).replace('-', '_');
            Intervention intervention = switch (action) {
                case "CLOSE_LINK", "CLOSE" -> new Intervention.CloseLink(link);
                case "STOP_PUMP", "STOP" -> new Intervention.StopPump(link);
                case "BREAK_PIPE", "BREAK" ->
                    new Intervention.BreakPipe(
                            link,
                            a.openingFraction() == null
                                    ? Intervention.BreakPipe.DEFAULT_OPENING_FRACTION
                                    : a.openingFraction());
                default ->
                    throw new IllegalArgumentException("action '" + a.action() + "' on element '" + a.element()
                            + "' is not one of CLOSE_LINK, STOP_PUMP, BREAK_PIPE");
            };
            interventions.add(intervention);
            Double opening = intervention instanceof Intervention.BreakPipe b ? b.openingFraction() : null;
            applied.add(new WhatIfReport.Action(
                    intervention
                            .getClass()
                            .getSimpleName()
                            .replaceAll("([a-z])([A-Z])", "$1_$2")
                            .toUpperCase(Locale.ROOT),
                    element.id(),
                    link,
                    opening));
        }
        return interventions;
    }

    private static WhatIfReport report(
            Network graph,
            Instant start,
            double hours,
            double minimum,
            List<WhatIfReport.Action> applied,
            WhatIfOutcome outcome,
            long millis) {
        ServedCustomers customers = new ServedCustomers(graph);
        List<WhatIfReport.Node> nodes = new ArrayList<>();
        List<WhatIfReport.CriticalCustomer> critical = new ArrayList<>();
        Set<String> premises = new LinkedHashSet<>();
        Set<String> meters = new LinkedHashSet<>();
        for (WhatIfOutcome.NodeImpact n : outcome.nodes()) {
            List<ServedCustomers.Premise> served = customers.of(n.node());
            Location at = graph.element(n.node()).map(NetworkElement::location).orElse(null);
            List<String> nodeMeters =
                    served.stream().flatMap(p -> p.meters().stream()).toList();
            nodes.add(new WhatIfReport.Node(
                    n.node(),
                    at == null ? null : at.x(),
                    at == null ? null : at.y(),
                    n.firstBelowSeconds(),
                    start.plusSeconds(n.firstBelowSeconds()),
                    round(n.lowestPsi()),
                    n.secondsBelow() / 3600.0,
                    n.belowWithoutIntervention(),
                    served.stream().map(ServedCustomers.Premise::id).toList(),
                    nodeMeters,
                    rounded(n.pressurePsi())));
            served.forEach(p -> premises.add(p.id()));
            meters.addAll(nodeMeters);
            served.stream()
                    .filter(ServedCustomers.Premise::critical)
                    .forEach(p -> critical.add(new WhatIfReport.CriticalCustomer(
                            p.id(),
                            p.name(),
                            p.criticalUse(),
                            n.node(),
                            n.firstBelowSeconds(),
                            start.plusSeconds(n.firstBelowSeconds()),
                            round(n.lowestPsi()),
                            n.belowWithoutIntervention())));
        }
        critical.sort(Comparator.comparingLong(WhatIfReport.CriticalCustomer::firstAffectedSeconds));
        List<WhatIfReport.Step> steps = outcome.steps().stream()
                .map(s -> new WhatIfReport.Step(
                        s.seconds(),
                        start.plusSeconds(s.seconds()),
                        s.nodesBelow().size(),
                        s.nodesBelow().stream()
                                .mapToInt(node -> customers.of(node).size())
                                .sum(),
                        s.nodesBelow()))
                .toList();
        List<WhatIfReport.Tank> tanks = outcome.tanks().stream()
                .map(t -> {
                    Location at = graph.element(t.tank())
                            .map(NetworkElement::location)
                            .orElse(null);
                    Long empties = t.emptiesAtSeconds();
                    return new WhatIfReport.Tank(
                            t.tank(),
                            at == null ? null : at.x(),
                            at == null ? null : at.y(),
                            t.minimumLevel(),
                            empties,
                            empties == null ? null : start.plusSeconds(empties),
                            t.emptiesWithoutInterventionSeconds(),
                            rounded(t.level()));
                })
                .toList();
        return new WhatIfReport(
                graph.name(),
                start,
                hours,
                minimum,
                applied,
                outcome.times(),
                steps,
                nodes,
                premises.size(),
                meters.size(),
                critical,
                tanks,
                outcome.warnings(),
                millis);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static double[] rounded(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = round(values[i]);
        }
        return out;
    }
}
