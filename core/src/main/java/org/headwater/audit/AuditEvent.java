package org.headwater.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.SequencedMap;

/**
 * One entry of the audit trail.
 *
 * @param sequence position in the chain, from 1 without gaps
 * @param time when it was recorded, UTC, microsecond precision (what PostgreSQL keeps)
 * @param actor a user name, or {@code system:<component>} for the platform itself
 * @param action what happened
 * @param subject what it happened to, e.g. an alert id or a threshold scope; empty when nothing in particular
 * @param details further facts in a fixed order, personal data already masked
 * @param previousHash the hash of the entry before, or {@link AuditChain#GENESIS_HASH} for the first
 * @param hash SHA-256 of this entry's canonical form, lowercase hex (see {@link AuditChain})
 */
public record AuditEvent(
        long sequence,
        Instant time,
        String actor,
        AuditAction action,
        String subject,
        SequencedMap<String, String> details,
        String previousHash,
        String hash) {

    public AuditEvent {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be >= 1: " + sequence);
        }
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(action, "action");
        if (actor.isBlank()) {
            throw new IllegalArgumentException("actor must not be blank: '" + actor + "'");
        }
        Objects.requireNonNull(subject, "subject");
        details = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(details));
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }
}
