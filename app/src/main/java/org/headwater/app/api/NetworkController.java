package org.headwater.app.api;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.Relation;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The network model: counts per element kind and of sensors per measurand, elements and their relations. */
@RestController
@RequestMapping("/api/v1/network")
class NetworkController {

    private final CurrentNetwork network;

    NetworkController(CurrentNetwork network) {
        this.network = network;
    }

    /**
     * Name, element counts per kind (every kind listed, zero when absent) and the SENSOR count split by
     * what each sensor measures ({@code measurand}; "unspecified" when a sensor names none).
     */
    record NetworkSummary(
            String name,
            int elements,
            int relations,
            Map<ElementKind, Long> counts,
            Map<String, Long> sensorsByMeasurand) {}

    @GetMapping("/summary")
    NetworkSummary summary() {
        Network current = network.get();
        return new NetworkSummary(
                current.name(),
                current.size(),
                current.relations().size(),
                current.countsByKind(),
                sensorsByMeasurand(current));
    }

    static Map<String, Long> sensorsByMeasurand(Network network) {
        return network.elements(ElementKind.SENSOR)
                .collect(Collectors.groupingBy(
                        s -> s.attribute(Attr.MEASURAND).orElse("unspecified"), TreeMap::new, Collectors.counting()));
    }

    record ElementPage(long total, int offset, List<NetworkElement> elements) {}

    @GetMapping("/elements")
    ElementPage elements(
            @RequestParam(required = false) @Nullable ElementKind kind,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "100") int limit) {
        Paging.check(offset, limit);
        List<NetworkElement> matching = kind == null
                ? List.copyOf(network.get().elements())
                : network.get().elements(kind).toList();
        return new ElementPage(matching.size(), offset, Paging.page(matching, offset, limit));
    }

    record ElementDetail(NetworkElement element, List<Relation> outgoing, List<Relation> incoming) {}

    @GetMapping("/elements/{id}")
    ElementDetail element(@PathVariable String id) {
        Network current = network.get();
        NetworkElement element =
                current.element(id).orElseThrow(() -> new NoSuchElementException("no network element " + id));
        return new ElementDetail(element, current.from(id), current.to(id));
    }
}
