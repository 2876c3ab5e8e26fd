package org.headwater.workorder;

import java.util.Objects;

/**
 * The one problem in the field an order is about: many alerts about it become one order. Two drafts with the same
 * key and type while an order is open are the same work.
 *
 * @param scope what kind of place the problem is at: premise, incident, zone, pipe, investigation, sensor
 * @param id that place's id
 */
public record ProblemKey(String scope, String id) {

    public ProblemKey {
        if (scope == null || scope.isBlank() || id == null || id.isBlank()) {
            throw new IllegalArgumentException("a problem key needs a scope and an id: " + scope + ":" + id);
        }
        if (scope.contains(":")) {
            throw new IllegalArgumentException("a problem key's scope must not contain ':': " + scope);
        }
    }

    public static ProblemKey premise(String premiseId) {
        return new ProblemKey("premise", premiseId);
    }

    public static ProblemKey incident(String incidentId) {
        return new ProblemKey("incident", incidentId);
    }

    public static ProblemKey zone(String zoneId) {
        return new ProblemKey("zone", zoneId);
    }

    public static ProblemKey investigation(String investigationId) {
        return new ProblemKey("investigation", investigationId);
    }

    public static ProblemKey pipe(String pipeId) {
        return new ProblemKey("pipe", pipeId);
    }

    /** The stored form {@code scope:id}. */
    @Override
    public String toString() {
        return scope + ":" + id;
    }

    /** Reads the stored form back. */
    public static ProblemKey parse(String text) {
        Objects.requireNonNull(text, "text");
        int colon = text.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("a problem key is scope:id, got '" + text + "'");
        }
        return new ProblemKey(text.substring(0, colon), text.substring(colon + 1));
    }
}
