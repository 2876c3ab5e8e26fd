package org.headwater.ingest.network;

import java.util.LinkedHashMap;
import java.util.Map;
import org.headwater.network.ElementKind;
import org.headwater.network.Location;
import org.headwater.network.NetworkElement;
import org.jspecify.annotations.Nullable;

/** An element while its file is still being read: sections add attributes to it one by one. */
final class ElementDraft {

    final String id;
    final ElementKind kind;
    final String name;
    final Map<String, String> attributes = new LinkedHashMap<>();

    @Nullable
    Location location;

    @Nullable
    String startNode;

    @Nullable
    String endNode;

    ElementDraft(String id, ElementKind kind, String name) {
        this.id = id;
        this.kind = kind;
        this.name = name;
    }

    ElementDraft put(String key, double value) {
        attributes.put(key, Double.toString(value));
        return this;
    }

    ElementDraft put(String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            attributes.put(key, value);
        }
        return this;
    }

    NetworkElement toElement() {
        return new NetworkElement(id, kind, name, location, attributes);
    }
}
