package org.headwater.app.twin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.Relation;
import org.headwater.network.RelationType;

/**
 * Which premises and meters each node serves: a service connection STARTS_AT the node and ENDS_AT the
 * premise, and a meter SERVES the premise. A premise with {@link Attr#CRITICAL_USE} is a critical customer.
 */
final class ServedCustomers {

    /** A premise served by a node, with its meters and its critical use (blank when ordinary). */
    record Premise(String id, String name, String node, List<String> meters, String criticalUse) {
        boolean critical() {
            return !criticalUse.isBlank();
        }
    }

    private final Map<String, List<Premise>> byNode = new HashMap<>();

    ServedCustomers(Network network) {
        network.elements(ElementKind.SERVICE_CONNECTION).forEach(connection -> {
            List<String> starts = network.targets(connection.id(), RelationType.STARTS_AT);
            List<String> ends = network.targets(connection.id(), RelationType.ENDS_AT);
            if (starts.isEmpty() || ends.isEmpty()) {
                return;
            }
            network.element(ends.getFirst())
                    .filter(e -> e.kind() == ElementKind.PREMISE)
                    .ifPresent(premise -> byNode.computeIfAbsent(starts.getFirst(), n -> new ArrayList<>())
                            .add(premise(network, premise, starts.getFirst())));
        });
    }

    private static Premise premise(Network network, NetworkElement premise, String node) {
        List<String> meters = network.to(premise.id()).stream()
                .filter(r -> r.type() == RelationType.SERVES)
                .map(Relation::from)
                .sorted()
                .toList();
        return new Premise(
                premise.id(),
                premise.name(),
                node,
                meters,
                premise.attribute(Attr.CRITICAL_USE).orElse("").strip());
    }

    List<Premise> of(String node) {
        return byNode.getOrDefault(node, List.of());
    }
}
