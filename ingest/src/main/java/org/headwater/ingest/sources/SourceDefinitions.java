package org.headwater.ingest.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Every source under {@code headwater.sources}: any number of named sources per kind, e.g.
 *
 * <pre>
 * headwater.sources.opcua.plant-a.endpoint=opc.tcp://scada-a:4840
 * headwater.sources.opcua.plant-a.map=config/plant-a-tags.csv
 * headwater.sources.opcua.plant-b.enabled=false
 * headwater.sources.modbus.booster-3.host=10.0.0.12
 * </pre>
 */
public final class SourceDefinitions {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private final List<SourceDefinition> all;

    private SourceDefinitions(List<SourceDefinition> all) {
        this.all = all;
    }

    /**
     * Groups settings into sources.
     *
     * @param settings keys below {@code headwater.sources.}, i.e. {@code <kind>.<name>.<key>}
     */
    public static SourceDefinitions of(Map<String, String> settings) {
        Map<String, Map<String, String>> bySource = new TreeMap<>();
        for (Map.Entry<String, String> entry : settings.entrySet()) {
            String[] parts = entry.getKey().split("\\.", 3);
            if (parts.length < 3) {
                throw new SourceConfigException(
                        SourceDefinition.PREFIX + entry.getKey(),
                        "expected " + SourceDefinition.PREFIX + "<kind>.<name>.<setting>");
            }
            for (int i = 0; i < 2; i++) {
                if (!NAME.matcher(parts[i]).matches()) {
                    throw new SourceConfigException(
                            SourceDefinition.PREFIX + entry.getKey(),
                            (i == 0 ? "kind" : "source name") + " \"" + parts[i]
                                    + "\" must be lower-case letters, digits, - or _");
                }
            }
            bySource.computeIfAbsent(parts[0] + "." + parts[1], k -> new LinkedHashMap<>())
                    .put(parts[2], entry.getValue());
        }
        List<SourceDefinition> all = new ArrayList<>();
        bySource.forEach((key, values) -> {
            String[] kindAndName = key.split("\\.", 2);
            all.add(new SourceDefinition(kindAndName[0], kindAndName[1], values));
        });
        all.sort(Comparator.comparing(SourceDefinition::kind).thenComparing(SourceDefinition::name));
        return new SourceDefinitions(List.copyOf(all));
    }

    /** The enabled sources of one kind, by name. */
    public List<SourceDefinition> enabled(String kind) {
        return all.stream()
                .filter(s -> s.kind().equals(kind))
                .filter(SourceDefinition::enabled)
                .toList();
    }

    /** Every source of every kind, enabled or not. */
    public List<SourceDefinition> all() {
        return all;
    }
}
