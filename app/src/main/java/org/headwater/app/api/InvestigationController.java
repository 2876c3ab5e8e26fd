package org.headwater.app.api;

import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.headwater.alert.AlertType;
import org.headwater.alert.Incident;
import org.headwater.app.config.WallClock;
import org.headwater.app.investigate.CallInScope;
import org.headwater.app.investigate.EvidenceGathering;
import org.headwater.app.investigate.GatheredEvidence;
import org.headwater.app.investigate.InvestigationDesk;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditTrail;
import org.headwater.investigate.Cause;
import org.headwater.investigate.CauseCatalogue;
import org.headwater.investigate.ChecklistItem;
import org.headwater.investigate.ChecklistResult;
import org.headwater.investigate.Checklists;
import org.headwater.investigate.Investigation;
import org.headwater.investigate.InvestigationAnalytics;
import org.headwater.investigate.InvestigationQuery;
import org.headwater.investigate.InvestigationRecord;
import org.headwater.investigate.InvestigationStep;
import org.headwater.investigate.InvestigationTransitions;
import org.headwater.investigate.Investigations;
import org.headwater.investigate.SpatialClusters;
import org.headwater.investigate.StepInput;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** EPA section 6 alert investigations: open, step through figure 6-1, records, analytics, causes, checklists. */
@RestController
@RequestMapping("/api/v1")
class InvestigationController {

    private final InvestigationDesk desk;
    private final Investigations investigations;
    private final EvidenceGathering evidence;
    private final CauseCatalogue causes;
    private final Checklists checklists;
    private final WallClock clock;
    private final AuditTrail audit;

    InvestigationController(
            InvestigationDesk desk,
            Investigations investigations,
            EvidenceGathering evidence,
            CauseCatalogue causes,
            Checklists checklists,
            WallClock clock,
            AuditTrail audit) {
        this.audit = audit;
        this.desk = desk;
        this.investigations = investigations;
        this.evidence = evidence;
        this.causes = causes;
        this.checklists = checklists;
        this.clock = clock;
    }

    /** Either an incident id or an alert id. */
    record OpenRequest(
            @Nullable String incidentId, @Nullable String alertId) {}

    record CheckRequest(
            String item,
            ChecklistResult.Finding finding,
            @Nullable String note) {}

    /** The data of one move: cause and notes to close, notes to escalate, checklist results of the current step. */
    record StepRequest(
            @Nullable Instant at,
            @Nullable String cause,
            @Nullable String notes,
            @Nullable List<CheckRequest> checklist) {}

    /** An investigation with what it may do next. */
    record InvestigationView(Investigation investigation, List<InvestigationStep> next) {
        static InvestigationView of(Investigation investigation) {
            return new InvestigationView(
                    investigation, List.copyOf(InvestigationTransitions.allowedFrom(investigation.step())));
        }
    }

    /** {@code incident}: the incident investigated (with why each alert is in it), or null for a lone alert. */
    record InvestigationDetail(
            Investigation investigation,
            List<InvestigationStep> next,
            List<ChecklistItem> checklistItems,
            GatheredEvidence evidence,
            @Nullable Incident incident) {}

    @PostMapping("/investigations")
    InvestigationView open(@RequestBody OpenRequest request) {
        String subject = request.incidentId() != null ? request.incidentId() : request.alertId();
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("incidentId or alertId is required");
        }
        return InvestigationView.of(desk.open(subject));
    }

    @PostMapping("/investigations/{id}/steps/{step}")
    InvestigationView move(
            @PathVariable String id,
            @PathVariable InvestigationStep step,
            @RequestBody StepRequest request,
            Principal user) {
        List<ChecklistResult> results = request.checklist() == null
                ? List.of()
                : request.checklist().stream()
                        .map(c -> new ChecklistResult(c.item(), c.finding(), c.note() == null ? "" : c.note()))
                        .toList();
        StepInput input = new StepInput(
                user.getName(),
                // a step is a person's action: wall-clock time unless the caller says when it happened
                request.at() == null ? clock.now() : request.at(),
                request.cause(),
                request.notes(),
                results);
        return InvestigationView.of(desk.move(id, step, input));
    }

    /** Oldest alert first; {@code state} is a figure 6-1 step. */
    @GetMapping("/investigations")
    List<InvestigationView> list(
            @RequestParam(required = false) @Nullable InvestigationStep state,
            @RequestParam(required = false) @Nullable String assignee,
            @RequestParam(required = false) @Nullable AlertType type,
            Authentication caller) {
        CallInScope scope = CallInScope.of(caller);
        return investigations.list(new InvestigationQuery(state, assignee, type, null, null)).stream()
                .filter(scope::mayRead)
                .map(InvestigationView::of)
                .toList();
    }

    @GetMapping("/investigations/{id}")
    InvestigationDetail detail(@PathVariable String id, Authentication caller) {
        Investigation investigation = desk.find(id);
        if (!CallInScope.of(caller).mayRead(investigation)) {
            // Outside agencies learn nothing of investigations they were not called into, not even that they exist.
            throw new NoSuchElementException("no investigation " + id);
        }
        return new InvestigationDetail(
                investigation,
                List.copyOf(InvestigationTransitions.allowedFrom(investigation.step())),
                checklists.forType(investigation.subject().type()),
                evidence.gather(desk.firstAlert(investigation)),
                desk.incidentOf(investigation).orElse(null));
    }

    /** The record of alert investigations with the columns of EPA figure 6-2; alert times in [from, to). */
    @GetMapping(path = "/investigations/records.csv", produces = "text/csv")
    String recordsCsv(
            @RequestParam(required = false) @Nullable AlertType type,
            @RequestParam(required = false) @Nullable String assignee,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            Authentication caller) {
        StringBuilder csv = new StringBuilder(InvestigationRecord.CSV_HEADER).append('\n');
        List<InvestigationRecord> exported = records(type, assignee, from, to);
        for (InvestigationRecord record : exported) {
            csv.append(record.csvRow()).append('\n');
        }
        // Exports leave the system: who took which records is part of the audit trail.
        audit.append(
                caller.getName(),
                AuditAction.DATA_EXPORTED,
                "investigations/records.csv",
                Map.of("rows", String.valueOf(exported.size()), "type", String.valueOf(type)));
        return csv.toString();
    }

    /** The figure 6-2 records as JSON, with the filters of the CSV export, for the records table. */
    @GetMapping("/investigations/records")
    List<InvestigationRecord> records(
            @RequestParam(required = false) @Nullable AlertType type,
            @RequestParam(required = false) @Nullable String assignee,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to: from=" + from + ", to=" + to);
        }
        String investigator = assignee == null || assignee.isBlank() ? null : assignee;
        return investigations.list(new InvestigationQuery(null, investigator, type, from, to)).stream()
                .map(InvestigationRecord::of)
                .toList();
    }

    record InvalidRateView(String detector, long thresholdVersion, long concluded, long invalid, double rate) {}

    record AnalyticsView(
            Map<String, Long> byType,
            Map<String, Long> byZone,
            Map<String, Long> byMonth,
            @Nullable Double averageMinutesToStart,
            double totalStaffMinutes,
            @Nullable Double averageStaffMinutes,
            Map<String, Long> causes,
            long escalations,
            List<InvalidRateView> invalidRates,
            List<SpatialClusters.Cluster> clusters) {}

    /**
     * EPA section 6.2 analytics; months in {@code zone} (the utility's time zone, UTC by default); spatial
     * clusters of at least {@code clusterMinimum} investigations chained within {@code clusterDistance}
     * (metres for WGS84, plane units otherwise).
     */
    @GetMapping("/investigations/analytics")
    AnalyticsView analytics(
            @RequestParam(defaultValue = "UTC") String zone,
            @RequestParam(defaultValue = "500") double clusterDistance,
            @RequestParam(defaultValue = "3") int clusterMinimum) {
        List<Investigation> all = investigations.list(InvestigationQuery.all());
        List<SpatialClusters.Cluster> clusters = SpatialClusters.of(all, clusterDistance, clusterMinimum);
        InvestigationAnalytics a = InvestigationAnalytics.of(all, ZoneId.of(zone));
        return new AnalyticsView(
                keyed(a.byType()),
                a.byZone(),
                keyed(a.byMonth()),
                a.averageDelayToStart().map(InvestigationController::minutes).orElse(null),
                minutes(a.totalStaffTime()),
                a.averageStaffTime().map(InvestigationController::minutes).orElse(null),
                a.causes(),
                a.escalations(),
                a.invalidRates().stream()
                        .map(r -> new InvalidRateView(
                                r.detector(), r.thresholdVersion(), r.concluded(), r.invalid(), r.rate()))
                        .toList(),
                clusters);
    }

    /** The utility's catalogue of alert causes (EPA table 6-1). */
    @GetMapping("/causes")
    List<Cause> causes() {
        return causes.all();
    }

    /** The checklist of an alert type (EPA table 6-2 and the section 6.1 field lists). */
    @GetMapping("/checklists/{alertType}")
    List<ChecklistItem> checklist(@PathVariable AlertType alertType) {
        return checklists.forType(alertType);
    }

    private static <K> Map<String, Long> keyed(Map<K, Long> counts) {
        return counts.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue, Long::sum, TreeMap::new));
    }

    private static double minutes(Duration duration) {
        return duration.toMillis() / 60_000.0;
    }
}
