package org.headwater.network;

import java.util.Objects;

/** One directed edge of the graph: {@code from type to}, by element id. */
public record Relation(String from, RelationType type, String to) {

    public Relation {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(to, "to");
    }
}
