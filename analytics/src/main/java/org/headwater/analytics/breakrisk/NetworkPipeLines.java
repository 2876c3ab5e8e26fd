package org.headwater.analytics.breakrisk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.network.Location;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.RelationType;

/**
 * The network's pipes as lines between their STARTS_AT and ENDS_AT nodes (EPANET and GeoJSON
 * imports have them; an asset register without geometry has none). A GeoJSON pipe's inner vertices
 * are not kept by the import, so a bent pipe is drawn as its chord.
 */
public final class NetworkPipeLines {

    private NetworkPipeLines() {}

    public static List<PipeLine> of(Network network) {
        List<PipeLine> lines = new ArrayList<>();
        network.elements(ElementKind.PIPE).forEach(pipe -> {
            Optional<Location> start = end(network, pipe, RelationType.STARTS_AT);
            Optional<Location> end = end(network, pipe, RelationType.ENDS_AT);
            if (start.isPresent()
                    && end.isPresent()
                    && start.get().crs().equals(end.get().crs())) {
                // breaks name the register's asset id: the pipe's source id when its import kept one
                lines.add(new PipeLine(pipe.attribute(Attr.SOURCE_ID).orElse(pipe.id()), start.get(), end.get()));
            }
        });
        return lines;
    }

    private static Optional<Location> end(Network network, NetworkElement pipe, RelationType type) {
        return network.targets(pipe.id(), type).stream()
                .findFirst()
                .flatMap(network::element)
                .map(NetworkElement::location);
    }
}
