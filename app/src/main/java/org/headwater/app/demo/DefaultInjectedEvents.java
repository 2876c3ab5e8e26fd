package org.headwater.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.network.MeterSpec;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.RelationType;

/**
 * The events the demo injects when none are configured, placed relative to the replay's start so
 * some are already in the back-filled history and the rest happen in the first minutes of a run.
 * Each is one of the EPA's AMI alert situations (section 5.2).
 */
final class DefaultInjectedEvents {

    /** The pipes that burst (both L-Town pipes that leaked in BattLeDIM's 2018) and the opening, a quarter of the bore. */
    static final String BURST_PIPE = "p369";

    static final String LIVE_BURST_PIPE = "p461";
    static final double BURST_OPENING = 0.25;

    private DefaultInjectedEvents() {}

    static List<InjectedEvent> plan(Network utility, Instant start) {
        Map<String, List<String>> metersByZone = residentialSolidStateMetersByZone(utility);
        List<String> largest = metersByZone.values().stream()
                .max(Comparator.comparingInt(List::size))
                .orElseThrow(() -> new IllegalStateException("the demo utility has no residential meters"));
        List<String> outageZone = metersByZone.values().stream()
                .filter(m -> m.size() >= 12 && m != largest)
                .min(Comparator.comparingInt(List::size))
                .orElse(largest.subList(largest.size() - 12, largest.size()));
        List<String> sensorsInLargestZone = utility.elements(ElementKind.SENSOR)
                .filter(s -> utility.targets(s.id(), RelationType.MEASURES).stream()
                        .anyMatch(node -> zoneOf(utility, node).equals(zoneOfMeter(utility, largest.get(0)))))
                .map(NetworkElement::id)
                .sorted()
                .toList();
        List<InjectedEvent> events = new ArrayList<>();
        events.add(new InjectedEvent(
                InjectedEvent.Kind.BACKFLOW,
                List.of(largest.get(0)),
                start.minus(Duration.ofHours(30)),
                Duration.ofHours(2),
                40));
        events.add(new InjectedEvent(
                InjectedEvent.Kind.CONTINUOUS_LEAK,
                List.of(largest.get(1)),
                start.minus(Duration.ofHours(44)),
                Duration.ofDays(7),
                25));
        events.add(new InjectedEvent(
                InjectedEvent.Kind.TAMPER,
                List.of(largest.get(2)),
                start.minus(Duration.ofHours(20)),
                Duration.ofHours(8),
                0));
        // Backflow and tamper at one premise: EPA's highest-priority combination (possible intentional contamination).
        events.add(new InjectedEvent(
                InjectedEvent.Kind.BACKFLOW,
                List.of(largest.get(3)),
                start.plus(Duration.ofHours(1)),
                Duration.ofHours(2),
                30));
        events.add(new InjectedEvent(
                InjectedEvent.Kind.TAMPER,
                List.of(largest.get(3)),
                start.plus(Duration.ofMinutes(90)),
                Duration.ofHours(6),
                0));
        events.add(new InjectedEvent(
                InjectedEvent.Kind.NON_REPORTING,
                outageZone.subList(0, 12),
                start.plus(Duration.ofHours(3)),
                Duration.ofHours(10),
                0));
        // A pressure drop with backflow at several meters of the same zone: an early sign of a main break.
        if (!sensorsInLargestZone.isEmpty()) {
            events.add(new InjectedEvent(
                    InjectedEvent.Kind.PRESSURE_DROP,
                    List.of(sensorsInLargestZone.get(0)),
                    start.plus(Duration.ofHours(5)),
                    Duration.ofHours(2),
                    150));
            // ... and a chlorine drop at the same node: the water-quality event joins the same incident. It lasts
            // less than the detector's 2 h event timeout, after which a lasting change is accepted as the new level
            // and the return to normal would be a second event.
            events.add(new InjectedEvent(
                    InjectedEvent.Kind.CHLORINE_DROP,
                    List.of(DemoUtilityNetwork.CHLORINE_SENSOR_PREFIX
                            + measuredNode(utility, sensorsInLargestZone.get(0))),
                    start.plus(Duration.ofHours(5)),
                    Duration.ofMinutes(90),
                    0.1));
        }
        // A main burst, simulated by the network model: one in the back-filled history (its LEAK_BURST alert and
        // candidate pipes are there on the first look) and one a few hours into the run.
        if (utility.element(BURST_PIPE).isPresent()) {
            events.add(new InjectedEvent(
                    InjectedEvent.Kind.BURST,
                    List.of(BURST_PIPE),
                    start.minus(Duration.ofHours(10)),
                    Duration.ofHours(6),
                    BURST_OPENING));
            events.add(new InjectedEvent(
                    InjectedEvent.Kind.BURST,
                    List.of(LIVE_BURST_PIPE),
                    start.plus(Duration.ofHours(8)),
                    Duration.ofHours(4),
                    BURST_OPENING));
        }
        events.add(new InjectedEvent(
                InjectedEvent.Kind.BACKFLOW,
                largest.subList(4, 7),
                start.plus(Duration.ofHours(5)),
                Duration.ofHours(2),
                20));
        return events;
    }

    static String measuredNode(Network utility, String sensorId) {
        return utility.targets(sensorId, RelationType.MEASURES).stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("sensor " + sensorId + " measures no node"));
    }

    private static Map<String, List<String>> residentialSolidStateMetersByZone(Network utility) {
        return utility.elements(ElementKind.METER)
                .filter(m -> MeterSpec.of(m).type() == MeterSpec.MeterType.SOLID_STATE)
                .filter(m -> premiseClass(utility, m.id()).equals("residential"))
                .map(NetworkElement::id)
                .sorted()
                .collect(Collectors.groupingBy(id -> zoneOfMeter(utility, id), TreeMap::new, Collectors.toList()));
    }

    private static String premiseClass(Network utility, String meterId) {
        return utility.targets(meterId, RelationType.SERVES).stream()
                .flatMap(p -> utility.element(p).stream())
                .map(p -> p.attribute(Attr.CUSTOMER_CLASS).orElse(""))
                .findFirst()
                .orElse("");
    }

    static String zoneOfMeter(Network utility, String meterId) {
        return utility.targets(meterId, RelationType.SERVES).stream()
                .map(premise -> zoneOf(utility, premise))
                .findFirst()
                .orElse("");
    }

    private static String zoneOf(Network utility, String elementId) {
        return utility.targets(elementId, RelationType.LOCATED_IN).stream()
                .findFirst()
                .orElse("");
    }
}
