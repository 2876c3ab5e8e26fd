package org.headwater.app.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.headwater.app.config.ClockSchedule;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.app.config.HeadwaterProperties;
import org.headwater.app.config.WallClock;
import org.headwater.ingest.network.EpanetInpReader;
import org.headwater.ingest.network.EpanetModel;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.ingest.sources.ConnectorStatusBoard;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.headwater.network.NetworkSource;
import org.headwater.network.NetworkSources;
import org.headwater.telemetry.TelemetrySink;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sets up the demo utility on first start (network, injected events, back-filled history) and runs
 * the live replay; a later start continues the same utility from where it stopped.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "headwater.demo.enabled", havingValue = "true")
class DemoUtility implements ApplicationRunner, DisposableBean {

    static final String NETWORK_RESOURCE = "demo-data/epanet-networks/L-Town.inp.gz";
    static final String HOUSEHOLDS_RESOURCE = "demo-data/ami-daiad-alicante/swm_trialA_clean_2016-03_2017-02.csv.gz";
    static final String SENSORS_RESOURCE = "demo-data/battledim/sensors.csv";
    private static final Logger log = LoggerFactory.getLogger(DemoUtility.class);

    private final CurrentNetwork currentNetwork;
    private final DemoState state;
    private final ReplayClock clock;
    private final ReadIntake intake;
    private final TelemetrySink sink;
    private final HeadwaterProperties properties;
    private final ClockSchedule schedule;
    private final WallClock wallClock;
    private final NetworkSources networkSources;
    private final ConnectorStatusBoard board;
    private @Nullable DemoReplay replay;
    private @Nullable DemoScada scada;

    DemoUtility(
            CurrentNetwork currentNetwork,
            DemoState state,
            ReplayClock clock,
            ReadIntake intake,
            TelemetrySink sink,
            HeadwaterProperties properties,
            ClockSchedule schedule,
            WallClock wallClock,
            NetworkSources networkSources,
            ConnectorStatusBoard board) {
        this.board = board;
        this.networkSources = networkSources;
        this.schedule = schedule;
        this.currentNetwork = currentNetwork;
        this.state = state;
        this.clock = clock;
        this.intake = intake;
        this.sink = sink;
        this.properties = properties;
        this.wallClock = wallClock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Instant now = clock.instant();
        boolean firstStart = state.simulatedNow().isEmpty();
        if (firstStart) {
            Network hydraulicUtility = DemoUtilityNetwork.build(loadLTown(), loadPressureSensorNodes());
            List<InjectedEvent> planned =
                    DefaultInjectedEvents.plan(hydraulicUtility, DemoReplay.floor(now, Duration.ofHours(1)));
            Network utility = ReplayPlan.waterQualityStationNode(planned)
                    .map(node -> DemoUtilityNetwork.withWaterQualityStation(hydraulicUtility, node))
                    .orElse(hydraulicUtility);
            currentNetwork.replace(utility);
            state.saveInjectedEvents(planned);
            log.info(
                    "Built the demo utility: {} meters, {} pressure and zone-inflow sensors",
                    utility.elements(ElementKind.METER).count(),
                    utility.elements(ElementKind.SENSOR).count());
        }
        if (networkSources.current().isEmpty()) {
            // The hydraulic model of what-if runs is read from the file the network came from.
            try (InputStream in = resource(NETWORK_RESOURCE)) {
                networkSources.save(new NetworkSource("L-Town.inp.gz", in.readAllBytes()));
            }
        }
        Network utility = currentNetwork.get();
        List<InjectedEvent> events = state.injectedEvents();
        List<HouseholdSeries> households;
        try (InputStream in = resource(HOUSEHOLDS_RESOURCE)) {
            households = HouseholdSeriesLoader.load(in);
        }
        List<SimulatedMeter> meters = ReplayPlan.meters(utility, households, events);
        DemoReplay newReplay = new DemoReplay(
                meters,
                ReplayPlan.pressureSensors(utility, events),
                ReplayPlan.zoneInflows(utility, meters),
                ReplayPlan.waterQualityStations(utility, events),
                intake,
                sink,
                clock,
                wallClock);
        if (firstStart) {
            Instant from = now.minus(properties.demo().backfill());
            System.out.println("  Back-filling " + properties.demo().backfill().toHours() + " h of demo history...");
            newReplay.deliver(from, now);
            System.out.println("  ... " + newReplay.delivered() + " reads and alarms stored.");
        }
        if (properties.demo().scadaOverOpcua()) {
            scada = DemoScada.start(newReplay.scadaTags(), intake, sink, board, clock);
            newReplay.scadaOverOpcUa(scada);
            log.info(
                    "Demo SCADA served over OPC UA and read back by the connector (source opcua/{})", DemoScada.SOURCE);
        }
        state.saveSimulatedNow(now);
        newReplay.start(schedule, now, state);
        replay = newReplay;
        log.info(
                "Demo replay running at {}x from {} ({} households, {} injected events)",
                clock.speed(),
                now,
                households.size(),
                events.size());
    }

    private static EpanetModel loadLTown() throws IOException {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(resource(NETWORK_RESOURCE)), StandardCharsets.UTF_8))) {
            return new EpanetInpReader().read(in, "L-Town");
        }
    }

    static List<String> loadPressureSensorNodes() throws IOException {
        List<String> nodes = new ArrayList<>();
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(resource(SENSORS_RESOURCE), StandardCharsets.UTF_8))) {
            String line = in.readLine();
            while ((line = in.readLine()) != null) {
                String[] fields = line.split(",");
                if (fields.length >= 2 && fields[0].equals("pressure")) {
                    nodes.add(fields[1].strip());
                }
            }
        }
        return nodes;
    }

    private static InputStream resource(String name) {
        InputStream in = DemoUtility.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("demo data " + name + " is missing from the build"));
        }
        return in;
    }

    @Override
    public void destroy() {
        if (replay != null) {
            replay.close();
            state.saveSimulatedNow(clock.instant());
        }
        if (scada != null) {
            scada.close();
        }
    }
}
