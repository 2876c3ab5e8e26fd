package org.headwater.network;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One element of the graph. Kind-specific properties (a pipe's diameter, a tank's levels, a meter's
 * interface-unit attributes) are attributes with documented keys ({@link Attr}); typed views such as
 * {@link MeterSpec} read them. Personal data is never an attribute: it lives apart, with the account.
 *
 * @param id unique within the utility
 * @param kind what it is
 * @param name display name (the id when the source has none)
 * @param location a point for nodes (a link's midpoint or none); null when the source gives none
 * @param attributes kind-specific values, keys from {@link Attr}, values as text
 */
public record NetworkElement(
        String id, ElementKind kind, String name, @Nullable Location location, Map<String, String> attributes) {

    public NetworkElement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (id.isBlank()) {
            throw new IllegalArgumentException("element id must not be blank");
        }
        attributes = Map.copyOf(attributes);
    }

    public static NetworkElement of(String id, ElementKind kind) {
        return new NetworkElement(id, kind, id, null, Map.of());
    }

    public Optional<String> attribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }

    /** A numeric attribute; a present but non-numeric value is an error naming the element and key. */
    public Optional<Double> number(String key) {
        String raw = attributes.get(key);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(raw.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("attribute " + key + " of " + id + " is not a number: " + raw, e);
        }
    }

    public NetworkElement withAttribute(String key, String value) {
        Map<String, String> copy = new TreeMap<>(attributes);
        copy.put(key, value);
        return new NetworkElement(id, kind, name, location, copy);
    }

    public NetworkElement withLocation(@Nullable Location newLocation) {
        return new NetworkElement(id, kind, name, newLocation, attributes);
    }
}
