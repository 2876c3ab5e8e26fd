package org.headwater.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.headwater.testkit.SettableClock;
import org.junit.jupiter.api.Test;

class PollingLifecycleTest {

    @Test
    void runsItsTaskRepeatedlyUntilStoppedAndSurvivesAFailingRun() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        // A clock standing still: a polling task is due at every look, whatever the clock says.
        ClockSchedule schedule = new ClockSchedule(new SettableClock(Instant.parse("2024-05-01T00:00:00Z")));
        PollingLifecycle polling = new PollingLifecycle(schedule, "test-poll", Duration.ofMillis(10), () -> {
            if (runs.incrementAndGet() == 2) {
                throw new IllegalStateException("one bad run");
            }
        });

        polling.start();
        await().atMost(5, TimeUnit.SECONDS).until(() -> runs.get() >= 5);
        polling.stop();
        int afterStop = runs.get();
        Thread.sleep(100);

        assertThat(polling.isRunning()).isFalse();
        assertThat(runs.get()).isEqualTo(afterStop);
    }

    @Test
    void refusesAnIntervalThatIsNotPositive() {
        assertThatThrownBy(() -> new PollingLifecycle("test-poll", Duration.ZERO, () -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test-poll poll interval must be positive: PT0S");
    }
}
