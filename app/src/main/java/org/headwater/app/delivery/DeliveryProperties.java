package org.headwater.app.delivery;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code headwater.delivery.*}: how stored events reach their consumers.
 *
 * @param maxAttempts failed attempts after which a delivery is parked for an administrator
 * @param firstRetry wait after the first failure; doubled after each further one
 * @param maxRetry longest wait between two attempts
 * @param poll how often each worker looks for due deliveries when nothing woke it
 * @param drill fault drills (off by default): see {@link Drill}
 */
@ConfigurationProperties("headwater.delivery")
public record DeliveryProperties(
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("PT1S") Duration firstRetry,
        @DefaultValue("PT5M") Duration maxRetry,
        @DefaultValue("PT1S") Duration poll,
        @DefaultValue Drill drill) {

    public DeliveryProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("headwater.delivery.max-attempts must be at least 1: " + maxAttempts);
        }
        requirePositive("headwater.delivery.first-retry", firstRetry);
        requirePositive("headwater.delivery.max-retry", maxRetry);
        requirePositive("headwater.delivery.poll", poll);
    }

    private static void requirePositive(String property, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(property + " must be positive: " + value);
        }
    }

    /**
     * Fault drills: a {@code drill} consumer on the telemetry topic, on the same delivery path as the
     * real consumers (its retries and parking are the real ones). Present only when one is set.
     *
     * @param poisonSource {@code headwater.delivery.drill.poison-source}: the drill consumer throws
     *     for every event of this meter or sensor
     * @param failAllFor {@code headwater.delivery.drill.fail-all-for}: the drill consumer fails every
     *     delivery for this long after the server started (ISO-8601 {@code PT30S} or {@code 30s})
     */
    public record Drill(
            @Nullable String poisonSource, @Nullable Duration failAllFor) {

        public Drill {
            if (poisonSource != null && poisonSource.isBlank()) {
                poisonSource = null;
            }
            if (failAllFor != null && failAllFor.isNegative()) {
                throw new IllegalArgumentException(
                        "headwater.delivery.drill.fail-all-for must not be negative: " + failAllFor);
            }
        }

        public boolean isOn() {
            return poisonSource != null || (failAllFor != null && !failAllFor.isZero());
        }
    }
}
