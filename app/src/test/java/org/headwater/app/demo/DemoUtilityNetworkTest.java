package org.headwater.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.headwater.ingest.network.EpanetInpReader;
import org.headwater.ingest.network.EpanetModel;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.headwater.network.RelationType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoUtilityNetworkTest {

    static Network utility;

    @BeforeAll
    static void buildFromTheShippedLTown() throws Exception {
        EpanetModel model;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(DemoUtilityNetworkTest.class
                        .getClassLoader()
                        .getResourceAsStream(DemoUtility.NETWORK_RESOURCE)),
                StandardCharsets.UTF_8))) {
            model = new EpanetInpReader().read(in, "L-Town");
        }
        utility = DemoUtilityNetwork.build(model, DemoUtility.loadPressureSensorNodes());
    }

    @Test
    void everyJunctionWithDemandGetsAMeteredPremiseAndAnAccount() {
        long demandJunctions = utility.elements(ElementKind.JUNCTION)
                .filter(j -> j.number("base_demand_lps").orElse(0.0) > 0)
                .count();

        assertThat(demandJunctions).isGreaterThan(700);
        assertThat(utility.elements(ElementKind.METER).count()).isEqualTo(demandJunctions);
        assertThat(utility.elements(ElementKind.PREMISE).count()).isEqualTo(demandJunctions);
        assertThat(utility.elements(ElementKind.ACCOUNT).count()).isEqualTo(demandJunctions);
        assertThat(utility.elements(ElementKind.METER))
                .allSatisfy(m ->
                        assertThat(utility.targets(m.id(), RelationType.SERVES)).hasSize(1));
    }

    @Test
    void pressureZonesAreSeparatedByTheValvesAndPumps() {
        assertThat(utility.elements(ElementKind.PRESSURE_ZONE).count()).isGreaterThanOrEqualTo(3);
        assertThat(utility.elements(ElementKind.PREMISE))
                .allSatisfy(p -> assertThat(utility.targets(p.id(), RelationType.LOCATED_IN))
                        .hasSize(1));
    }

    @Test
    void everyPressureZoneWithCustomersHasAFlowSensorAtItsInletAndNoOtherHasOne() {
        java.util.Set<String> served = utility.elements(ElementKind.PREMISE)
                .map(p -> p.attribute(Attr.ZONE).orElseThrow())
                .collect(java.util.stream.Collectors.toSet());
        assertThat(utility.elements(ElementKind.PRESSURE_ZONE).filter(zone -> served.contains(zone.id())))
                .hasSize(4)
                .allSatisfy(zone -> assertThat(utility.targets("FS-" + zone.id(), RelationType.MEASURES))
                        .containsExactly(zone.id()));
        // zone-D is L-Town's reservoir R1 and the node before PRV-1: no customer, nothing to meter
        assertThat(served).doesNotContain("zone-D");
        assertThat(utility.element("FS-zone-D")).isEmpty();
        assertThat(utility.element("FS-zone-A").orElseThrow().attribute(Attr.MEASURAND))
                .contains("FLOW");
    }

    @Test
    void sensorsMeasureAtTheirNodes() {
        assertThat(utility.targets("PS-n4", RelationType.MEASURES)).containsExactly("n4");
    }

    @Test
    void defaultEventsCoverEveryKindAndTargetRealMeters() {
        List<InjectedEvent> events = DefaultInjectedEvents.plan(utility, Instant.parse("2026-01-05T12:00:00Z"));

        Network withStation = ReplayPlan.waterQualityStationNode(events)
                .map(node -> DemoUtilityNetwork.withWaterQualityStation(utility, node))
                .orElseThrow();

        assertThat(events).extracting(InjectedEvent::kind).contains(InjectedEvent.Kind.values());
        assertThat(events)
                .allSatisfy(e -> assertThat(e.targets())
                        .allSatisfy(t -> assertThat(withStation.element(t)).isPresent()));
    }

    @Test
    void theThreeLargestCommercialCustomersAreCriticalForWhatIfRuns() {
        java.util.List<String> uses = utility.elements(org.headwater.network.ElementKind.PREMISE)
                .map(p -> p.attribute(org.headwater.network.Attr.CRITICAL_USE).orElse(""))
                .filter(use -> !use.isEmpty())
                .sorted()
                .toList();
        assertThat(uses).containsExactly("care home", "dialysis clinic", "hospital");
        assertThat(utility.elements(org.headwater.network.ElementKind.PREMISE)
                        .filter(p -> p.attribute(org.headwater.network.Attr.CRITICAL_USE)
                                .isPresent())
                        .map(p -> p.attribute(org.headwater.network.Attr.CUSTOMER_CLASS)
                                .orElse("")))
                .containsOnly("commercial");
    }
}
