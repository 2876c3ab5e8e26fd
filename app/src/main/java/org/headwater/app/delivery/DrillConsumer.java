package org.headwater.app.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.headwater.delivery.DeliveredEvent;
import org.headwater.delivery.Topic;
import org.jspecify.annotations.Nullable;

/**
 * Fault drill (never on unless configured): a telemetry consumer that fails on purpose, so drills
 * and tests see real retries and real parking. {@code headwater.delivery.drill.poison-source} makes
 * every event of one source fail; {@code headwater.delivery.drill.fail-all-for} makes every event
 * fail for that long after start.
 */
final class DrillConsumer implements DeliveryConsumer {

    static final String NAME = "drill";

    private final @Nullable String poisonSource;
    private final Instant failAllUntil;
    private final Clock clock;

    DrillConsumer(DeliveryProperties.Drill drill, Clock clock) {
        this.poisonSource = drill.poisonSource();
        this.clock = clock;
        Duration failAll = drill.failAllFor() == null ? Duration.ZERO : drill.failAllFor();
        this.failAllUntil = clock.instant().plus(failAll);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Topic topic() {
        return Topic.TELEMETRY;
    }

    @Override
    public void accept(DeliveredEvent event) {
        if (clock.instant().isBefore(failAllUntil)) {
            throw new IllegalStateException("fault drill: every delivery fails until " + failAllUntil);
        }
        if (poisonSource != null && event.sources().contains(poisonSource)) {
            throw new IllegalStateException("fault drill: source " + poisonSource + " is poisoned");
        }
    }
}
