package org.headwater.analytics.breakrisk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.text.Plural;
import org.jspecify.annotations.Nullable;

/**
 * The network's PIPE elements as the model's asset register. Breaks name the register's asset id,
 * so a pipe's asset id is its {@code source_id} (the id in the imported register) when it has one;
 * {@link #elementId} maps it back to the network element.
 */
public final class NetworkPipes {

    /** Status values that take a pipe out of service; any other status (or none) keeps it. */
    static final Set<String> OUT_OF_SERVICE = Set.of("ABANDONED", "REMOVED", "RETIRED", "INACTIVE", "DECOMMISSIONED");

    private static final Set<String> UNLINED = Set.of("", "NONE", "NO", "UNLINED");

    private final AssetRegister register;
    private final Map<String, String> elementIdByAsset;

    private NetworkPipes(AssetRegister register, Map<String, String> elementIdByAsset) {
        this.register = register;
        this.elementIdByAsset = elementIdByAsset;
    }

    /** Every PIPE element in service; notes say what had to be assumed or was left out. */
    public static NetworkPipes of(Network network) {
        List<PipeSegment> segments = new ArrayList<>();
        Map<String, String> elementIds = new HashMap<>();
        int outOfService = 0;
        int missingInstall = 0;
        int missingLength = 0;
        Set<String> unknownMaterials = new TreeSet<>();
        for (NetworkElement pipe : network.elements(ElementKind.PIPE).toList()) {
            String status = pipe.attribute(Attr.STATUS).orElse("").toUpperCase(Locale.ROOT);
            if (OUT_OF_SERVICE.contains(status)) {
                outOfService++;
                continue;
            }
            PipeSegment segment = segment(pipe);
            if (segment.installed() == null) {
                missingInstall++;
            }
            if (pipe.number(Attr.LENGTH_M).isEmpty()) {
                missingLength++;
            }
            if (!AssetRegister.KNOWN_MATERIALS.contains(segment.material())) {
                unknownMaterials.add(segment.material());
            }
            segments.add(segment);
            elementIds.put(segment.assetId(), pipe.id());
        }
        List<String> notes = new ArrayList<>();
        if (outOfService > 0) {
            notes.add(Plural.of(outOfService, "pipe") + " with an out-of-service status left out");
        }
        if (missingInstall > 0) {
            notes.add(Plural.of(missingInstall, "pipe") + " without an install date: scored, age unknown");
        }
        if (missingLength > 0) {
            notes.add(Plural.of(missingLength, "pipe") + " without a length: counted as 0 m");
        }
        if (!unknownMaterials.isEmpty()) {
            notes.add("material code(s) outside the known list, kept as their own class: " + unknownMaterials);
        }
        return new NetworkPipes(new AssetRegister(segments, notes), elementIds);
    }

    private static PipeSegment segment(NetworkElement pipe) {
        String material = pipe.attribute(Attr.MATERIAL)
                .map(m -> m.strip().toUpperCase(Locale.ROOT))
                .filter(m -> !m.isEmpty())
                .orElse("UNKNOWN");
        String lining = pipe.attribute(Attr.LINING).orElse("").strip().toUpperCase(Locale.ROOT);
        return new PipeSegment(
                pipe.attribute(Attr.SOURCE_ID).filter(id -> !id.isBlank()).orElse(pipe.id()),
                material,
                pipe.number(Attr.DIAMETER_MM).orElse(Double.NaN),
                pipe.number(Attr.LENGTH_M).filter(length -> length >= 0).orElse(0.0),
                installed(pipe),
                pipe.attribute(Attr.ZONE).orElse(""),
                pipe.attribute(Attr.ROAD_SEGMENT).orElse(""),
                !UNLINED.contains(lining),
                pipe.attribute(Attr.LINED_DATE)
                        .filter(date -> !date.isBlank())
                        .map(date -> RecordDates.parse(date, "pipe " + pipe.id(), Attr.LINED_DATE))
                        .orElse(null),
                pipe.attribute(Attr.SHALLOW_MAIN)
                        .map(s -> s.strip().toUpperCase(Locale.ROOT))
                        .filter(s -> s.startsWith("Y"))
                        .isPresent());
    }

    /** The install date, else 1 January of the install year (a register with years only), else unknown. */
    private static @Nullable LocalDate installed(NetworkElement pipe) {
        Optional<String> date = pipe.attribute(Attr.INSTALL_DATE).filter(d -> !d.isBlank());
        if (date.isPresent()) {
            return RecordDates.parse(date.get(), "pipe " + pipe.id(), Attr.INSTALL_DATE);
        }
        return pipe.number(Attr.INSTALL_YEAR)
                .map(year -> LocalDate.of(year.intValue(), 1, 1))
                .orElse(null);
    }

    public AssetRegister register() {
        return register;
    }

    /** The network element id of the pipe with this asset id. */
    public String elementId(String assetId) {
        String id = elementIdByAsset.get(assetId);
        if (id == null) {
            throw new IllegalArgumentException("no pipe with asset id " + assetId);
        }
        return id;
    }
}
