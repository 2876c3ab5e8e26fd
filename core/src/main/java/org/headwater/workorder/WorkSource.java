package org.headwater.workorder;

import java.util.Objects;

/**
 * Who or what drafted the order, for the audit trail and the AI register: a drafting rule, a model, or a person.
 *
 * @param kind rule, model or person
 * @param name the rule's or model's name, or the user's
 * @param version the rule's or model's version; the empty string for a person
 */
public record WorkSource(Kind kind, String name, String version) {

    public enum Kind {
        RULE,
        MODEL,
        PERSON
    }

    public WorkSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(version, "version");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a work order's source needs a name");
        }
    }

    public static WorkSource rule(String name, String version) {
        return new WorkSource(Kind.RULE, name, version);
    }

    public static WorkSource model(String name, String version) {
        return new WorkSource(Kind.MODEL, name, version);
    }

    public static WorkSource person(String user) {
        return new WorkSource(Kind.PERSON, user, "");
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + name + (version.isEmpty() ? "" : " " + version);
    }
}
