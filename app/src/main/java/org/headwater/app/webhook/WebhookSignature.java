package org.headwater.app.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * HMAC-SHA256 with a shared secret over {@code timestamp + "." + body}, sent as {@value #SIGNATURE}
 * {@code sha256=<hex>} beside {@value #TIMESTAMP} (epoch seconds). The timestamp lets a receiver refuse a replay of
 * an old message; the signature, that anyone without the secret wrote or changed it.
 */
public final class WebhookSignature {

    public static final String SIGNATURE = "X-Headwater-Signature";
    public static final String TIMESTAMP = "X-Headwater-Timestamp";
    private static final String PREFIX = "sha256=";

    private final byte[] secret;

    public WebhookSignature(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("secret: a webhook needs a shared secret");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The two headers that sign {@code body} at {@code now}. */
    public Map<String, String> headers(String body, Instant now) {
        String timestamp = Long.toString(now.getEpochSecond());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(TIMESTAMP, timestamp);
        headers.put(SIGNATURE, PREFIX + sign(secret, timestamp, body));
        return headers;
    }

    /**
     * Checks a received body's headers: both present, the timestamp within {@code window} of {@code now} either way,
     * the signature the secret's. The comparison takes the same time whatever the signature.
     *
     * @throws Refused naming the header that is missing, malformed, stale or wrong
     */
    public void verify(
            @Nullable String timestampHeader,
            @Nullable String signatureHeader,
            String body,
            Instant now,
            Duration window) {
        if (timestampHeader == null || timestampHeader.isBlank()) {
            throw new Refused(TIMESTAMP + ": missing");
        }
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new Refused(SIGNATURE + ": missing");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestampHeader.trim());
        } catch (NumberFormatException e) {
            throw new Refused(TIMESTAMP + ": not epoch seconds: '" + timestampHeader + "'");
        }
        Duration age = Duration.between(Instant.ofEpochSecond(seconds), now).abs();
        if (age.compareTo(window) > 0) {
            throw new Refused(TIMESTAMP + ": " + Instant.ofEpochSecond(seconds) + " is " + age.toSeconds()
                    + " s from now, outside the " + window.toSeconds() + " s replay window");
        }
        if (!signatureHeader.startsWith(PREFIX)) {
            throw new Refused(SIGNATURE + ": must start with '" + PREFIX + "'");
        }
        byte[] expected = sign(secret, timestampHeader.trim(), body).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signatureHeader.substring(PREFIX.length()).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            throw new Refused(SIGNATURE + ": does not match the body and timestamp (wrong secret or altered body)");
        }
    }

    /** Hex HMAC-SHA256 of {@code timestamp.body}. */
    public static String sign(byte[] secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** A signed message that failed verification; the message names the header. */
    public static final class Refused extends IllegalArgumentException {
        public Refused(String message) {
            super(message);
        }
    }
}
