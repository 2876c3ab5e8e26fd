package org.headwater.app.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.app.risk.BreakRiskRunner;
import org.headwater.risk.MainBreaks;
import org.headwater.risk.RecordedBreak;
import org.headwater.risk.RiskRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the demo utility its simulated break history ({@link SimulatedBreakHistory}) when none is
 * stored, and starts a break-risk run in the background while no run has succeeded, so a fresh demo
 * has its ranked main-break list a few seconds after start instead of at the first night.
 */
@Component
@Order(20) // after DemoUtility has built the network
@ConditionalOnProperty(name = "headwater.demo.enabled", havingValue = "true")
class DemoBreakRisk implements ApplicationRunner {

    static final String TRIGGER = "demo start";

    /** One history for every demo: the same seed on every first start. */
    static final long SEED = 20_040_101L;

    private static final Logger log = LoggerFactory.getLogger(DemoBreakRisk.class);

    private final CurrentNetwork network;
    private final MainBreaks breaks;
    private final RiskRuns runs;
    private final BreakRiskRunner runner;
    private final Clock clock;

    DemoBreakRisk(CurrentNetwork network, MainBreaks breaks, RiskRuns runs, BreakRiskRunner runner, Clock clock) {
        this.network = network;
        this.breaks = breaks;
        this.runs = runs;
        this.runner = runner;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (breaks.count() == 0) {
            List<RecordedBreak> simulated = SimulatedBreakHistory.simulate(network.get(), LocalDate.now(clock), SEED);
            breaks.add(simulated);
            log.info(
                    "Stored a simulated main-break history for the demo network: {} breaks since {} (docs/demo.md)",
                    simulated.size(),
                    SimulatedBreakHistory.FIRST_YEAR);
        }
        if (runs.latest().isEmpty() && runner.start(TRIGGER)) {
            log.info("Started the demo's first break-risk run: GET /api/v1/risk/pipes once it is done");
        }
    }
}
