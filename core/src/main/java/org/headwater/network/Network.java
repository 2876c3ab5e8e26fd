package org.headwater.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An immutable snapshot of a utility's network graph: elements by id and the relations between
 * them. Built with {@link #builder(String)}, which refuses dangling relations and duplicate ids.
 */
public final class Network {

    private final String name;
    private final Map<String, NetworkElement> elements;
    private final List<Relation> relations;
    private final Map<String, List<Relation>> outgoing;
    private final Map<String, List<Relation>> incoming;

    private Network(String name, Map<String, NetworkElement> elements, List<Relation> relations) {
        this.name = name;
        this.elements = Collections.unmodifiableMap(elements);
        this.relations = List.copyOf(relations);
        Map<String, List<Relation>> out = new LinkedHashMap<>();
        Map<String, List<Relation>> in = new LinkedHashMap<>();
        for (Relation r : relations) {
            out.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r);
            in.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r);
        }
        this.outgoing = out;
        this.incoming = in;
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public Collection<NetworkElement> elements() {
        return elements.values();
    }

    public Stream<NetworkElement> elements(ElementKind kind) {
        return elements.values().stream().filter(e -> e.kind() == kind);
    }

    public Optional<NetworkElement> element(String id) {
        return Optional.ofNullable(elements.get(id));
    }

    public List<Relation> relations() {
        return relations;
    }

    public List<Relation> from(String id) {
        return outgoing.getOrDefault(id, List.of());
    }

    public List<Relation> to(String id) {
        return incoming.getOrDefault(id, List.of());
    }

    /** The ids related to {@code id} by {@code type} in the forward direction. */
    public List<String> targets(String id, RelationType type) {
        return from(id).stream().filter(r -> r.type() == type).map(Relation::to).toList();
    }

    /** Element counts per kind, every kind present (zero when absent), in declaration order. */
    public Map<ElementKind, Long> countsByKind() {
        Map<ElementKind, Long> counts = new EnumMap<>(ElementKind.class);
        for (ElementKind kind : ElementKind.values()) {
            counts.put(kind, 0L);
        }
        elements.values().forEach(e -> counts.merge(e.kind(), 1L, Long::sum));
        return counts;
    }

    public int size() {
        return elements.size();
    }

    /** Collects elements and relations, then checks the graph once in {@link #build()}. */
    public static final class Builder {
        private final String name;
        private final Map<String, NetworkElement> elements = new LinkedHashMap<>();
        private final List<Relation> relations = new ArrayList<>();

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        public Builder add(NetworkElement element) {
            NetworkElement previous = elements.putIfAbsent(element.id(), element);
            if (previous != null) {
                throw new IllegalArgumentException("duplicate element id " + element.id() + " (" + previous.kind()
                        + " and " + element.kind() + ")");
            }
            return this;
        }

        /** Replaces an element already added (importers refine elements section by section). */
        public Builder replace(NetworkElement element) {
            if (!elements.containsKey(element.id())) {
                throw new IllegalArgumentException("no element " + element.id() + " to replace");
            }
            elements.put(element.id(), element);
            return this;
        }

        public Builder relate(String from, RelationType type, String to) {
            relations.add(new Relation(from, type, to));
            return this;
        }

        public Builder addAll(Network other) {
            other.elements().forEach(this::add);
            relations.addAll(other.relations());
            return this;
        }

        public Optional<NetworkElement> get(String id) {
            return Optional.ofNullable(elements.get(id));
        }

        public Network build() {
            for (Relation r : relations) {
                if (!elements.containsKey(r.from()) || !elements.containsKey(r.to())) {
                    String missing = elements.containsKey(r.from()) ? r.to() : r.from();
                    throw new IllegalArgumentException("relation " + r + " refers to unknown element " + missing);
                }
            }
            return new Network(name, new LinkedHashMap<>(elements), relations);
        }
    }
}
