package org.headwater.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;

/**
 * The canonical form of an entry and the SHA-256 chain over it. Documented in
 * {@code docs/audit-trail.md} so that another tool can re-verify a trail; changing it breaks every
 * stored chain, hence the version line.
 *
 * <p>The canonical form is UTF-8 text, one {@code name=value} line per field, each ending in
 * {@code \n}, in this order:
 *
 * <pre>
 * headwater-audit-v1
 * sequence=42
 * time=2024-05-01T08:00:00.000000Z      (always six fraction digits, UTC)
 * actor=admin
 * action=threshold.changed               (the action's stable code)
 * subject=system
 * detail.version=3                       (one line per detail, in order)
 * previous=&lt;64 lowercase hex digits&gt;
 * </pre>
 *
 * In values and detail names a backslash is written {@code \\}, a line feed {@code \n} and a
 * carriage return {@code \r}; in detail names {@code =} is written {@code \=}. The hash is the
 * lowercase hex SHA-256 of those bytes.
 */
public final class AuditChain {

    /** The previous hash of the first entry: 64 zeros. */
    public static final String GENESIS_HASH = "0".repeat(64);

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditChain() {}

    /**
     * The entry that follows {@code previousSequence}/{@code previousHash}: details masked by
     * {@link PersonalDataMask#standard()}, time truncated to microseconds, hash computed.
     */
    public static AuditEvent next(
            long previousSequence,
            String previousHash,
            Instant time,
            String actor,
            AuditAction action,
            String subject,
            Map<String, String> details) {
        PersonalDataMask mask = PersonalDataMask.standard();
        AuditEvent unsigned = new AuditEvent(
                previousSequence + 1,
                time.truncatedTo(ChronoUnit.MICROS),
                actor,
                action,
                mask.maskText(subject),
                mask.mask(details),
                previousHash,
                "");
        return withHash(unsigned);
    }

    private static AuditEvent withHash(AuditEvent e) {
        return new AuditEvent(
                e.sequence(), e.time(), e.actor(), e.action(), e.subject(), e.details(), e.previousHash(), hashOf(e));
    }

    /** The canonical text of an entry (its {@code hash} field is not part of it). */
    public static String canonicalForm(AuditEvent event) {
        StringBuilder text = new StringBuilder("headwater-audit-v1\n");
        line(text, "sequence", Long.toString(event.sequence()));
        line(text, "time", TIME.format(event.time()));
        line(text, "actor", event.actor());
        line(text, "action", event.action().code());
        line(text, "subject", event.subject());
        event.details()
                .forEach((name, value) -> line(text, "detail." + escape(name).replace("=", "\\="), value));
        line(text, "previous", event.previousHash());
        return text.toString();
    }

    /** Lowercase hex SHA-256 of the canonical form. */
    public static String hashOf(AuditEvent event) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonicalForm(event).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(name).append('=').append(escape(value)).append('\n');
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}
