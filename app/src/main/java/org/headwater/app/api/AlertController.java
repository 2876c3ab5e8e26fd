package org.headwater.app.api;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertCount;
import org.headwater.alert.AlertQuery;
import org.headwater.alert.AlertState;
import org.headwater.alert.AlertType;
import org.headwater.alert.Alerts;
import org.headwater.alert.Incident;
import org.headwater.alert.Incidents;
import org.headwater.alert.Severity;
import org.headwater.app.alert.AlertAcknowledged;
import org.headwater.app.alert.AlertBroadcaster;
import org.headwater.app.investigate.CallInScope;
import org.headwater.investigate.InvestigationQuery;
import org.headwater.investigate.Investigations;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Alerts and incidents: lists with filters, details, acknowledgement, and a live stream. */
@RestController
@RequestMapping("/api/v1")
class AlertController {

    private final Alerts alerts;
    private final Incidents incidents;
    private final AlertBroadcaster broadcaster;

    private final ApplicationEventPublisher events;
    private final Investigations investigations;

    AlertController(
            Alerts alerts,
            Incidents incidents,
            AlertBroadcaster broadcaster,
            ApplicationEventPublisher events,
            Investigations investigations) {
        this.events = events;
        this.investigations = investigations;
        this.alerts = alerts;
        this.incidents = incidents;
        this.broadcaster = broadcaster;
    }

    /** Newest first; every filter optional. */
    @GetMapping("/alerts")
    List<Alert> alerts(
            @RequestParam(required = false) @Nullable AlertType type,
            @RequestParam(required = false) @Nullable AlertState state,
            @RequestParam(required = false) @Nullable Severity severity,
            @RequestParam(required = false) @Nullable String source,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(defaultValue = "100") int limit) {
        Paging.check(0, limit);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to: from=" + from + ", to=" + to);
        }
        return alerts.search(new AlertQuery(type, state, severity, source, from, to, limit));
    }

    /** An alert by its id, which reads as a path: {@code /alerts/{source}/{type}/{event time}}. */
    @GetMapping("/alerts/{source}/{type}/{time}")
    Alert alert(@PathVariable String source, @PathVariable String type, @PathVariable String time) {
        String id = source + "/" + type + "/" + time;
        return alerts.find(id).orElseThrow(() -> new NoSuchElementException("no alert " + id));
    }

    /** EPA 5.2: an alert is acknowledged by a person; an illegal move is refused naming both states. */
    @PostMapping("/alerts/{source}/{type}/{time}/acknowledge")
    Alert acknowledge(
            @PathVariable String source, @PathVariable String type, @PathVariable String time, Principal who) {
        Alert acknowledged = alert(source, type, time).moveTo(AlertState.ACKNOWLEDGED);
        alerts.update(acknowledged);
        events.publishEvent(new AlertAcknowledged(acknowledged, who.getName()));
        return acknowledged;
    }

    /** Counts per type and state: the alert distribution of the overview (EPA figure 5-1). */
    @GetMapping("/alerts/summary")
    List<AlertCount> summary() {
        return alerts.countsByTypeAndState();
    }

    /** Server-sent events: {@code alert} (raised or cleared) and {@code incident} (opened, grown, closed). */
    @GetMapping(path = "/alerts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream() {
        return broadcaster.subscribe();
    }

    /** Newest first; an outside agency sees only the incidents of the responses it was called into. */
    @GetMapping("/incidents")
    List<Incident> incidents(@RequestParam(defaultValue = "100") int limit, Authentication caller) {
        Paging.check(0, limit);
        CallInScope scope = CallInScope.of(caller);
        if (scope.staff()) {
            return incidents.latest(limit);
        }
        Set<String> calledInto = calledInto(scope);
        return incidents.latest(Integer.MAX_VALUE).stream()
                .filter(incident -> calledInto.contains(incident.id()))
                .limit(limit)
                .toList();
    }

    record IncidentDetail(Incident incident, List<Alert> alerts) {}

    @GetMapping("/incidents/{id}")
    IncidentDetail incident(@PathVariable String id, Authentication caller) {
        CallInScope scope = CallInScope.of(caller);
        Incident incident = incidents
                .find(id)
                .filter(found -> scope.staff() || calledInto(scope).contains(found.id()))
                .orElseThrow(() -> new NoSuchElementException("no incident " + id));
        List<Alert> members = incident.alertIds().stream()
                .flatMap(alertId -> alerts.find(alertId).stream())
                .toList();
        return new IncidentDetail(incident, members);
    }

    private Set<String> calledInto(CallInScope scope) {
        return investigations.list(InvestigationQuery.all()).stream()
                .filter(scope::mayRead)
                .map(investigation -> investigation.subject().incidentId())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }
}
