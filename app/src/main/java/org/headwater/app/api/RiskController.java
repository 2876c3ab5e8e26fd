package org.headwater.app.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.headwater.analytics.breakrisk.InspectionListCsv;
import org.headwater.app.risk.BreakRiskRunner;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditTrail;
import org.headwater.risk.PipeRisk;
import org.headwater.risk.RiskRun;
import org.headwater.risk.RiskRuns;
import org.headwater.risk.RunAttempts;
import org.headwater.risk.RunState;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Main-break risk: the latest run's inspection list (ranked, explained, cut at a length budget),
 * the run history (failed runs with their reasons) with its drift figures, and starting a run on demand.
 */
@RestController
@RequestMapping("/api/v1/risk")
class RiskController {

    private final RiskRuns runs;
    private final RunAttempts attempts;
    private final BreakRiskRunner runner;

    private final AuditTrail audit;

    RiskController(RiskRuns runs, RunAttempts attempts, BreakRiskRunner runner, AuditTrail audit) {
        this.audit = audit;
        this.runs = runs;
        this.attempts = attempts;
        this.runner = runner;
    }

    /** One pipe of the list; lengths in the units a superintendent budgets in. */
    record RankedPipe(
            int rank,
            String pipeId,
            double likelihood,
            double priorityPerKm,
            double lengthM,
            double cumulativeLengthKm,
            List<String> factors) {

        static RankedPipe of(PipeRisk pipe) {
            return new RankedPipe(
                    pipe.rank(),
                    pipe.pipeId(),
                    Resolution.round(pipe.likelihood(), Resolution.LIKELIHOOD_DECIMALS),
                    Resolution.round(pipe.priorityPerKm(), Resolution.KILOMETRE_DECIMALS),
                    Resolution.round(pipe.lengthMetres(), Resolution.METRE_DECIMALS),
                    Resolution.round(pipe.cumulativeLengthMetres() / 1000, Resolution.KILOMETRE_DECIMALS),
                    pipe.factors());
        }
    }

    /** The run a list comes from; its notes say what it assumed, first of all a simulated break history. */
    record RunSummary(
            long id, LocalDate asOf, LocalDate trainingFrom, String model, boolean drifted, List<String> notes) {}

    record PipePage(
            RunSummary run,
            long total,
            int offset,
            @Nullable Double budgetKm,
            List<RankedPipe> pipes) {}

    @GetMapping("/pipes")
    PipePage pipes(
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(required = false) @Nullable Double budgetKm) {
        Paging.check(offset, limit);
        RiskRun run = latestRun();
        double budget = budgetMetres(budgetKm);
        List<RankedPipe> pipes = runs.ranking(run.id(), budget, offset, limit).stream()
                .map(RankedPipe::of)
                .toList();
        return new PipePage(
                new RunSummary(run.id(), run.asOf(), run.trainingFrom(), run.model(), run.drifted(), run.notes()),
                runs.countWithin(run.id(), budget),
                offset,
                budgetKm,
                pipes);
    }

    @GetMapping("/pipes.csv")
    void pipesCsv(
            @RequestParam(required = false) @Nullable Double budgetKm,
            HttpServletResponse response,
            Authentication caller)
            throws IOException {
        RiskRun run = latestRun();
        List<PipeRisk> pipes = runs.ranking(run.id(), budgetMetres(budgetKm), 0, Integer.MAX_VALUE);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"break-risk-" + run.asOf() + "-run-" + run.id() + ".csv\"");
        InspectionListCsv.write(pipes, response.getWriter());
        audit.append(
                caller.getName(),
                AuditAction.DATA_EXPORTED,
                "risk/pipes.csv",
                Map.of("run", String.valueOf(run.id()), "rows", String.valueOf(pipes.size())));
    }

    /**
     * One run as listed: its state, and for a failed run the reason, for a succeeded one the stored
     * run with its model, window, drift and backtests.
     */
    record RunEntry(
            long id,
            RunState state,
            String trigger,
            Instant startedAt,
            @Nullable Instant finishedAt,
            @Nullable String reason,
            @Nullable RiskRun run) {}

    /** Runs newest first, failed and running ones included. */
    @GetMapping("/runs")
    List<RunEntry> history(@RequestParam(defaultValue = "20") int limit) {
        Paging.check(0, limit);
        // each stored run has one attempt, so the runs of the last `limit` attempts are among the last `limit` runs
        Map<Long, RiskRun> stored = runs.recent(limit).stream().collect(Collectors.toMap(RiskRun::id, r -> r));
        return attempts.recent(limit).stream()
                .map(a -> new RunEntry(
                        a.id(),
                        a.state(),
                        a.trigger(),
                        a.startedAt(),
                        a.finishedAt(),
                        a.reason(),
                        a.runId() == null ? null : stored.get(a.runId())))
                .toList();
    }

    record RunStarted(String status, String results) {}

    /** Starts a run in the background (it takes seconds to a minute); 409 while one is running. */
    @PostMapping("/runs")
    ResponseEntity<RunStarted> start(Principal user) {
        if (!runner.start("on demand by " + user.getName())) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(new RunStarted("a run is already in progress", "/api/v1/risk/runs"));
        }
        return ResponseEntity.accepted().body(new RunStarted("started", "/api/v1/risk/runs"));
    }

    private RiskRun latestRun() {
        return runs.latest().orElseThrow(() -> new NoSuchElementException(noRunYet()));
    }

    /** Why there is no list: no run was made, one is running, or the last one failed (with its reason). */
    private String noRunYet() {
        String start = "start one with POST /api/v1/risk/runs or wait for the nightly run";
        return attempts.recent(1).stream()
                .findFirst()
                .map(last -> switch (last.state()) {
                    case RUNNING ->
                        "no break-risk run has finished yet: run " + last.id() + " started at " + last.startedAt()
                                + " is still running";
                    case FAILED ->
                        "no break-risk run has succeeded yet: the last one (run " + last.id() + ", started at "
                                + last.startedAt() + ") failed: " + last.reason() + "; " + start;
                    case SUCCEEDED -> "no break-risk run yet: " + start;
                })
                .orElse("no break-risk run yet: " + start);
    }

    private static double budgetMetres(@Nullable Double budgetKm) {
        if (budgetKm == null) {
            return Double.POSITIVE_INFINITY;
        }
        if (!(budgetKm > 0) || budgetKm.isInfinite()) {
            throw new IllegalArgumentException("budgetKm must be a positive number of km: " + budgetKm);
        }
        return budgetKm * 1000;
    }
}
