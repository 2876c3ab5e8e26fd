package org.headwater.detect.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headwater.testkit.MeterBuilder.aMeter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertType;
import org.headwater.alert.IncidentEvent;
import org.headwater.alert.IncidentKind;
import org.headwater.alert.Thresholds;
import org.headwater.detect.ami.ChainSettings;
import org.headwater.detect.ami.DetectorChain;
import org.headwater.detect.ami.NetworkSourceDirectory;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.RelationType;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.testkit.AlertBuilder;
import org.headwater.testkit.HourlySeries;
import org.junit.jupiter.api.Test;

class IncidentGrouperTest {

    private static final Instant START = Instant.parse("2024-05-06T00:00:00Z");

    /** Runs the production chain over the readings, then groups what it raised. */
    private static List<IncidentEvent> detectAndGroup(Network network, List<Reading> readings, Instant end) {
        Clock clock = Clock.fixed(START, ZoneOffset.UTC);
        DetectorChain chain = new DetectorChain(
                new NetworkSourceDirectory(network), new Thresholds(clock), ChainSettings.immediate(), clock);
        chain.accept(readings, List.of());
        List<AlertEvent> alertEvents = new ArrayList<>(chain.flush().alertEvents());
        alertEvents.addAll(chain.advanceTo(end).alertEvents());
        IncidentGrouper grouper =
                new IncidentGrouper(GroupingRules.defaults(), new NetworkProximity(network, GroupingRules.defaults()));
        List<IncidentEvent> out = new ArrayList<>();
        for (AlertEvent e : alertEvents) {
            if (e instanceof AlertEvent.AlertRaised raised) {
                out.addAll(grouper.onRaised(raised.alert()));
            }
        }
        out.addAll(grouper.closeIdle(end.plus(Duration.ofDays(1))));
        return out;
    }

    private static List<org.headwater.alert.Incident> closed(List<IncidentEvent> events) {
        return events.stream()
                .filter(e -> e instanceof IncidentEvent.IncidentClosed)
                .map(IncidentEvent::incident)
                .toList();
    }

    @Test
    void backflowAtSeveralMetersInAZoneWithAPressureDropIsADistributionSystemEvent() {
        // EPA section 2: backsiphonage from a main break; 6.1: "if backflow alerts are received from
        // multiple meters ... or if abnormal pressure data is observed in the area, then backflow is likely".
        Network.Builder b = Network.builder("zone");
        for (int i = 1; i <= 3; i++) {
            aMeter().id("m" + i).serving("p" + i).inZone("z1").addTo(b);
        }
        aMeter().id("far").serving("p9").inZone("z2").addTo(b);
        b.add(NetworkElement.of("s1", ElementKind.SENSOR)).relate("s1", RelationType.LOCATED_IN, "z1");
        List<Reading> readings = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            readings.addAll(HourlySeries.of("m" + i, START, 24, h -> h == 10 || h == 11 ? -20 : 8));
        }
        readings.addAll(HourlySeries.of("far", START, 24, h -> h == 10 || h == 11 ? -20 : 8));
        readings.addAll(HourlySeries.of(
                "s1", Measurand.PRESSURE, START, Duration.ofMinutes(15), 96, q -> q >= 40 && q < 50 ? 250 : 420));

        List<org.headwater.alert.Incident> incidents =
                closed(detectAndGroup(b.build(), readings, START.plus(Duration.ofDays(1))));

        assertThat(incidents)
                .filteredOn(i -> i.kind() == IncidentKind.DISTRIBUTION_SYSTEM_EVENT)
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.sourceIds()).containsExactlyInAnyOrder("m1", "m2", "m3", "s1");
                    // Every member says why it is there.
                    assertThat(i.joinReasons().keySet()).containsExactlyElementsOf(i.alertIds());
                    assertThat(i.joinReasons().values())
                            .filteredOn(r -> !r.equals(IncidentGrouper.OPENED))
                            .hasSize(i.alertIds().size() - 1)
                            .allSatisfy(r -> assertThat(r).contains("same zone z1"))
                            .anySatisfy(r -> assertThat(r).contains("a distribution system event"));
                });
        assertThat(incidents)
                .filteredOn(i -> i.sourceIds().contains("far"))
                .singleElement()
                .satisfies(i -> assertThat(i.kind()).isEqualTo(IncidentKind.ALERT_CLUSTER));
    }

    @Test
    void aClusterOfNonReportingMetersIsAPowerOrCommunicationsOutage() {
        // EPA "AMI Data and Resilience": during Hurricane Sandy missing AMI data showed where power was out.
        Network.Builder b = Network.builder("outage");
        for (int i = 1; i <= 4; i++) {
            aMeter().id("m" + i).serving("p" + i).inZone("z1").addTo(b);
        }
        aMeter().id("elsewhere").serving("p9").inZone("z2").addTo(b);
        List<Reading> readings = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            readings.addAll(HourlySeries.of("m" + i, START, 10, h -> 5));
        }
        readings.addAll(HourlySeries.of("elsewhere", START, 11, h -> 5));

        List<org.headwater.alert.Incident> incidents =
                closed(detectAndGroup(b.build(), readings, START.plus(Duration.ofHours(24))));

        assertThat(incidents)
                .filteredOn(i -> i.kind() == IncidentKind.POWER_OR_COMMUNICATIONS_OUTAGE)
                .singleElement()
                .satisfies(i -> assertThat(i.sourceIds()).containsExactly("m1", "m2", "m3", "m4"));
        assertThat(incidents)
                .filteredOn(i -> i.sourceIds().contains("elsewhere"))
                .hasSize(1);
    }

    @Test
    void metersInDifferentZonesJoinThroughConnectedPipesButNotBeyondTheHopLimit() {
        // Issue 3 item 4: grouping by network topology (connected pipes).
        Network.Builder b = Network.builder("pipes");
        for (int j = 0; j <= 6; j++) {
            b.add(NetworkElement.of("j" + j, ElementKind.JUNCTION));
        }
        for (int k = 0; k < 6; k++) {
            b.add(NetworkElement.of("pipe" + k, ElementKind.PIPE))
                    .relate("pipe" + k, RelationType.STARTS_AT, "j" + k)
                    .relate("pipe" + k, RelationType.ENDS_AT, "j" + (k + 1));
        }
        String[] attachedAt = {"j0", "j2", "j6"};
        for (int i = 0; i < 3; i++) {
            aMeter().id("m" + i).serving("p" + i).inZone("z" + i).addTo(b);
            b.add(NetworkElement.of("sc" + i, ElementKind.SERVICE_CONNECTION))
                    .relate("sc" + i, RelationType.STARTS_AT, attachedAt[i])
                    .relate("sc" + i, RelationType.ENDS_AT, "p" + i);
        }
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            readings.addAll(HourlySeries.of("m" + i, START, 12, h -> h == 5 || h == 6 ? -20 : 8));
        }

        List<org.headwater.alert.Incident> incidents =
                closed(detectAndGroup(b.build(), readings, START.plus(Duration.ofHours(12))));

        assertThat(incidents)
                .extracting(org.headwater.alert.Incident::sourceIds)
                .containsExactlyInAnyOrder(List.of("m0", "m1"), List.of("m2"));
    }

    @Test
    void alertsFarApartInTimeOpenSeparateIncidents() {
        Alert a = alert("m1", AlertType.BACKFLOW, START);
        Alert b = alert("m2", AlertType.BACKFLOW, START.plus(Duration.ofHours(7)));
        IncidentGrouper grouper = new IncidentGrouper(GroupingRules.defaults(), Proximity.sameZoneOrPremise());

        grouper.onRaised(a);
        List<IncidentEvent> events = grouper.onRaised(b);

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(IncidentEvent.IncidentClosed.class);
        assertThat(events.get(1)).isInstanceOf(IncidentEvent.IncidentOpened.class);
    }

    @Test
    void leaksAtNeighbouringPremisesAreSeparateIncidents() {
        IncidentGrouper grouper = new IncidentGrouper(GroupingRules.defaults(), Proximity.sameZoneOrPremise());
        grouper.onRaised(alert("m1", AlertType.CONTINUOUS_LEAK, START));
        grouper.onRaised(alert("m2", AlertType.CONTINUOUS_LEAK, START.plusSeconds(60)));

        assertThat(grouper.openIncidents()).hasSize(2);
    }

    /** A pipe j0-j1-...-j6; water-quality station "wq" at j0, meters attached at the given junctions, all in zone z1. */
    private static Network lineWithStation(String... meterJunctions) {
        Network.Builder b = Network.builder("line");
        for (int j = 0; j <= 6; j++) {
            b.add(NetworkElement.of("j" + j, ElementKind.JUNCTION)).relate("j" + j, RelationType.LOCATED_IN, "z1");
        }
        for (int k = 0; k < 6; k++) {
            b.add(NetworkElement.of("pipe" + k, ElementKind.PIPE))
                    .relate("pipe" + k, RelationType.STARTS_AT, "j" + k)
                    .relate("pipe" + k, RelationType.ENDS_AT, "j" + (k + 1));
        }
        for (int i = 0; i < meterJunctions.length; i++) {
            aMeter().id("m" + i).serving("p" + i).inZone("z1").addTo(b);
            b.add(NetworkElement.of("sc" + i, ElementKind.SERVICE_CONNECTION))
                    .relate("sc" + i, RelationType.STARTS_AT, meterJunctions[i])
                    .relate("sc" + i, RelationType.ENDS_AT, "p" + i);
        }
        return b.build();
    }

    private static IncidentGrouper networkGrouper(Network network) {
        return new IncidentGrouper(GroupingRules.defaults(), new NetworkProximity(network, GroupingRules.defaults()));
    }

    private static Alert waterQuality(String node, Instant time) {
        return AlertBuilder.anAlert()
                .from(node)
                .of(AlertType.WATER_QUALITY_EVENT)
                .inZone("z1")
                .atPremise(null)
                .at(time)
                .build();
    }

    @Test
    void aBackflowInTheZoneOfAWaterQualityEventButNotConnectedToItIsASeparateIncident() {
        // The demo's complaint: a backflow at one end of zone A was filed into a water-quality incident
        // at the other on the strength of the zone alone.
        IncidentGrouper grouper = networkGrouper(lineWithStation("j6"));
        grouper.onRaised(waterQuality("j0", START));
        grouper.onRaised(alert("m0", AlertType.BACKFLOW, START.plus(Duration.ofMinutes(20))));

        assertThat(grouper.openIncidents()).hasSize(2);
    }

    @Test
    void aBackflowConnectedToAWaterQualityEventJoinsItAsAContaminationPatternAndSaysWhy() {
        IncidentGrouper grouper = networkGrouper(lineWithStation("j2"));
        grouper.onRaised(waterQuality("j0", START));
        Alert backflow = alert("m0", AlertType.BACKFLOW, START.plus(Duration.ofMinutes(20)));

        List<IncidentEvent> events = grouper.onRaised(backflow);

        assertThat(events).singleElement().isInstanceOf(IncidentEvent.AlertJoinedIncident.class);
        assertThat(grouper.openIncidents().getFirst().joinReasons())
                .containsEntry(
                        backflow.id(),
                        "BACKFLOW at m0 with WATER_QUALITY_EVENT at j0: connected through at most 3 pipes, 20 min apart;"
                                + " backflow where water reaches a water-quality change: a contamination pattern"
                                + " (EPA section 2)");
    }

    @Test
    void aConnectedBackflowHoursAfterTheWaterQualityEventIsNotTheSameEvent() {
        IncidentGrouper grouper = networkGrouper(lineWithStation("j2"));
        grouper.onRaised(waterQuality("j0", START));
        grouper.onRaised(alert("m0", AlertType.BACKFLOW, START.plus(Duration.ofHours(3))));

        assertThat(grouper.openIncidents()).hasSize(2);
    }

    @Test
    void aPressureDropHoursAfterABackflowInTheSameZoneIsAnotherEventWhichTheNextBackflowJoins() {
        // The demo: a backflow at one premise at S+1 h, then the injected main-break pattern at S+5 h.
        IncidentGrouper grouper = new IncidentGrouper(GroupingRules.defaults(), Proximity.sameZoneOrPremise());
        grouper.onRaised(alert("m1", AlertType.BACKFLOW, START));
        grouper.onRaised(alert("s1", AlertType.PRESSURE_DROP, START.plus(Duration.ofHours(4))));
        grouper.onRaised(
                alert("m2", AlertType.BACKFLOW, START.plus(Duration.ofHours(4).plusMinutes(10))));

        assertThat(grouper.openIncidents())
                .extracting(org.headwater.alert.Incident::sourceIds)
                .containsExactly(List.of("m1"), List.of("s1", "m2"));
    }

    @Test
    void aPressureDropRelatedToAWaterQualityEventAndToBackflowsElsewhereMergesThemIntoOneSystemEvent() {
        // The demo's main-break pattern: the chlorine change at the station, backflow at meters across the
        // zone (not connected to the station), then the pressure drop that explains both.
        IncidentGrouper grouper = networkGrouper(lineWithStation("j6", "j6"));
        grouper.onRaised(waterQuality("j0", START));
        for (int i = 0; i < 2; i++) {
            grouper.onRaised(AlertBuilder.anAlert()
                    .from("m" + i)
                    .of(AlertType.BACKFLOW)
                    .inZone("z1")
                    .at(START.plus(Duration.ofMinutes(10 + i)))
                    .build());
        }
        assertThat(grouper.openIncidents()).hasSize(2);

        Alert drop = AlertBuilder.anAlert()
                .from("s1")
                .atPremise(null)
                .of(AlertType.PRESSURE_DROP)
                .inZone("z1")
                .at(START.plus(Duration.ofMinutes(30)))
                .build();
        List<IncidentEvent> events = grouper.onRaised(drop);

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(IncidentEvent.IncidentClosed.class);
        assertThat(grouper.openIncidents()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(IncidentKind.DISTRIBUTION_SYSTEM_EVENT);
            assertThat(i.sourceIds()).containsExactlyInAnyOrder("j0", "s1", "m0", "m1");
            assertThat(i.joinReasons().get("m0/BACKFLOW/" + START.plus(Duration.ofMinutes(10))))
                    .startsWith("merged from incident:m0/BACKFLOW/")
                    .contains("through s1/PRESSURE_DROP/");
        });
    }

    @Test
    void typesWithNoPatternTogetherNeverShareAnIncidentHoweverClose() {
        IncidentGrouper grouper = new IncidentGrouper(GroupingRules.defaults(), Proximity.sameZoneOrPremise());
        grouper.onRaised(waterQuality("n1", START));
        grouper.onRaised(alert("dma-1", AlertType.DMA_NIGHT_FLOW, START.plusSeconds(60)));
        grouper.onRaised(alert("m1", AlertType.NON_REPORTING, START.plusSeconds(120)));

        assertThat(grouper.openIncidents()).hasSize(3);
    }

    @Test
    void backflowAndTamperAtOnePremiseShareAnIncidentWithThatMetersBackflowAsPossibleContamination() {
        // EPA section 2: backflow plus tamper at one premise is possible intentional contamination.
        IncidentGrouper grouper = new IncidentGrouper(GroupingRules.defaults(), Proximity.sameZoneOrPremise());
        grouper.onRaised(AlertBuilder.anAlert()
                .from("M-7")
                .atPremise("PR-7")
                .of(AlertType.BACKFLOW)
                .at(START)
                .build());
        Alert premiseAlert = AlertBuilder.anAlert()
                .from("PR-7")
                .atPremise("PR-7")
                .of(AlertType.BACKFLOW_AND_TAMPER)
                .at(START.plus(Duration.ofMinutes(40)))
                .build();
        grouper.onRaised(premiseAlert);
        grouper.onRaised(AlertBuilder.anAlert()
                .from("M-8")
                .atPremise("PR-8")
                .of(AlertType.TAMPER)
                .at(START.plus(Duration.ofMinutes(50)))
                .build());

        assertThat(grouper.openIncidents()).hasSize(2);
        assertThat(grouper.openIncidents().getFirst()).satisfies(i -> {
            assertThat(i.kind()).isEqualTo(IncidentKind.POSSIBLE_INTENTIONAL_CONTAMINATION);
            assertThat(i.sourceIds()).containsExactly("M-7", "PR-7");
            assertThat(i.joinReasons().get(premiseAlert.id()))
                    .startsWith("BACKFLOW_AND_TAMPER at PR-7 with BACKFLOW at M-7: same premise PR-7;")
                    .contains("possible intentional contamination");
        });
    }

    private static Alert alert(String source, AlertType type, Instant time) {
        return AlertBuilder.anAlert().from(source).of(type).at(time).build();
    }
}
