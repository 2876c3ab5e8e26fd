package org.headwater.app.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.headwater.analytics.breakrisk.BoostedBreakRiskModel;
import org.headwater.analytics.breakrisk.NetworkBreakRisk;
import org.headwater.app.config.ClockSchedule;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.network.Network;
import org.headwater.risk.MainBreaks;
import org.headwater.risk.PipeRisk;
import org.headwater.risk.RiskRun;
import org.headwater.risk.RiskRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Scores every pipe of the current network from the stored break history and stores the run. One
 * run at a time: a second request while one runs is refused, not queued. Every run, failed ones too,
 * is recorded by {@link RunRecording}.
 */
@Component
public class BreakRiskRunner {

    private static final Logger log = LoggerFactory.getLogger(BreakRiskRunner.class);

    private final CurrentNetwork network;
    private final MainBreaks breaks;
    private final RiskRuns runs;
    private final Clock clock;
    private final NetworkBreakRisk scoring;
    private final ModelDriftWatch driftWatch;
    private final RunRecording recording;
    private final ClockSchedule schedule;
    private final AtomicBoolean running = new AtomicBoolean();
    private final List<RiskRunFollowUp> followUps;

    public BreakRiskRunner(
            CurrentNetwork network,
            MainBreaks breaks,
            RiskRuns runs,
            Clock clock,
            RiskProperties properties,
            ModelDriftWatch driftWatch,
            ClockSchedule schedule,
            RunRecording recording,
            List<RiskRunFollowUp> followUps) {
        this.followUps = List.copyOf(followUps);
        this.network = network;
        this.schedule = schedule;
        this.recording = recording;
        this.driftWatch = driftWatch;
        this.breaks = breaks;
        this.runs = runs;
        this.clock = clock;
        this.scoring = new NetworkBreakRisk(
                BoostedBreakRiskModel.Settings.defaults().withThreads(properties.threads()),
                properties.backtestYears());
    }

    /** Starts a run in the background; false when one is already running. */
    public boolean start(String trigger) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        schedule.runOnce("break-risk-run", () -> {
            try {
                recording.record(trigger, () -> run(trigger));
            } catch (IllegalStateException e) {
                // nothing to score yet (no pipes or no breaks): listed FAILED with this reason, no stack trace
                log.warn("break-risk run ({}) not made: {}", trigger, e.getMessage());
            } catch (RuntimeException e) {
                log.error("break-risk run ({}) failed: {}", trigger, e.getMessage(), e);
            } finally {
                running.set(false);
            }
        });
        return true;
    }

    /** Runs now in the caller's thread; empty when another run is in progress. */
    public Optional<RiskRun> runNow(String trigger) {
        if (!running.compareAndSet(false, true)) {
            return Optional.empty();
        }
        try {
            return Optional.of(recording.record(trigger, () -> run(trigger)));
        } finally {
            running.set(false);
        }
    }

    public boolean isRunning() {
        return running.get();
    }

    private RiskRun run(String trigger) {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        Optional<RiskRun> previous = runs.latest();
        Network scoredNetwork = network.get();
        NetworkBreakRisk.Scored scored =
                scoring.score(scoredNetwork, breaks.all(), today, previous.map(this::previousRun));
        RiskRun run = runs.save(
                new RiskRun(
                        0,
                        clock.instant(),
                        trigger,
                        NetworkBreakRisk.MODEL_VERSION,
                        scoring.settingsText(),
                        scored.trainingFrom(),
                        scored.asOf(),
                        scored.ranking().size(),
                        scored.breaks(),
                        (System.nanoTime() - started) / 1e9,
                        scored.drift(),
                        scored.notes(),
                        scored.backtests()),
                scored.ranking());
        log.info(
                "break-risk run {} ({}) scored {} pipes as of {} in {} s",
                run.id(),
                trigger,
                run.pipes(),
                run.asOf(),
                String.format("%.1f", run.seconds()));
        if (run.drifted()) {
            log.warn(
                    "break-risk run {}: drift above the threshold in {}",
                    run.id(),
                    run.drift().stream()
                            .filter(d -> d.drifted())
                            .map(d -> d.name())
                            .toList());
        }
        driftWatch.afterRun(run, scoredNetwork.name());
        followUps.forEach(f -> f.finished(run));
        return run;
    }

    private NetworkBreakRisk.PreviousRun previousRun(RiskRun run) {
        List<PipeRisk> ranking = runs.ranking(run.id(), Double.POSITIVE_INFINITY, 0, Integer.MAX_VALUE);
        return new NetworkBreakRisk.PreviousRun(
                run.asOf(), ranking.stream().mapToDouble(PipeRisk::likelihood).toArray());
    }
}
