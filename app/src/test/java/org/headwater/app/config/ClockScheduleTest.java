package org.headwater.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.headwater.app.demo.ReplayClock;
import org.headwater.testkit.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one schedule: the injected clock decides when a job is due, wall time only how often to look. */
class ClockScheduleTest {

    private static final Duration LOOK = Duration.ofMillis(5);
    private static final Instant T = Instant.parse("2024-05-02T02:00:00Z");

    private final SettableClock clock = new SettableClock(T.minus(Duration.ofHours(1)));
    private final ClockSchedule schedule = new ClockSchedule(clock);

    @AfterEach
    void closeSchedule() {
        schedule.close();
    }

    @Test
    void aJobDueAtClockTimeTRunsOnceTheSettableClockPassesTAndNotBefore() throws InterruptedException {
        List<Instant> ranAt = new CopyOnWriteArrayList<>();
        schedule.schedule(
                "nightly", LOOK, Cadence.dailyAt(LocalTime.of(2, 0), ZoneOffset.UTC), () -> ranAt.add(clock.instant()));

        // Many looks at a clock standing before T: not due, whatever the wall clock does.
        Thread.sleep(100);
        assertThat(ranAt).isEmpty();

        clock.set(T.plusSeconds(1));
        await().atMost(5, TimeUnit.SECONDS).until(() -> ranAt.size() == 1);
        Thread.sleep(100);
        assertThat(ranAt).containsExactly(T.plusSeconds(1));

        clock.set(T.plus(Duration.ofDays(1)));
        await().atMost(5, TimeUnit.SECONDS).until(() -> ranAt.size() == 2);
        assertThat(ranAt.get(1)).isEqualTo(T.plus(Duration.ofDays(1)));
    }

    @Test
    void theDemosReplayClockDrivesAJobFasterThanTheWall() {
        // One wall minute is one simulated hour: replay time starts at 02:00, the job is due at 02:00 the next day.
        SettableClock wall = new SettableClock(Instant.parse("2024-05-01T12:00:00Z"));
        ReplayClock replay = new ReplayClock(wall, T.minus(Duration.ofDays(61)), 60);
        AtomicInteger runs = new AtomicInteger();
        try (ClockSchedule onReplay = new ClockSchedule(replay)) {
            ScheduledJob job = onReplay.schedule(
                    "replay-nightly", LOOK, Cadence.dailyAt(LocalTime.of(2, 0), ZoneOffset.UTC), runs::incrementAndGet);
            assertThat(job.nextDue()).isEqualTo(T.minus(Duration.ofDays(60)));

            wall.advance(Duration.ofMinutes(23));
            await().during(50, TimeUnit.MILLISECONDS)
                    .atMost(1, TimeUnit.SECONDS)
                    .until(() -> runs.get() == 0);
            wall.advance(Duration.ofMinutes(2));
            await().atMost(5, TimeUnit.SECONDS).until(() -> runs.get() == 1);
            assertThat(job.nextDue()).isEqualTo(T.minus(Duration.ofDays(59)));
        }
    }

    @Test
    void aJobDueAtEveryLookRunsRepeatedlyAndSurvivesAFailingRun() {
        AtomicInteger runs = new AtomicInteger();
        schedule.schedule("every-look", LOOK, Cadence.atEveryLook(), () -> {
            if (runs.incrementAndGet() == 2) {
                throw new IllegalStateException("one bad run");
            }
        });

        await().atMost(5, TimeUnit.SECONDS).until(() -> runs.get() >= 5);
    }

    @Test
    void aWokenJobRunsAtOnceAndAWakeDuringARunBringsOneMoreRun() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ScheduledJob job = schedule.schedule("woken", Duration.ofHours(1), Cadence.atEveryLook(), () -> {
            if (runs.incrementAndGet() == 2) {
                await().atMost(5, TimeUnit.SECONDS).until(() -> release.getCount() == 0);
            }
        });
        await().atMost(5, TimeUnit.SECONDS).until(() -> runs.get() == 1);

        job.wake();
        await().atMost(5, TimeUnit.SECONDS).until(() -> runs.get() == 2);
        job.wake();
        job.wake();
        release.countDown();

        await().atMost(5, TimeUnit.SECONDS).until(() -> runs.get() == 3);
        Thread.sleep(100);
        assertThat(runs.get()).isEqualTo(3);
    }

    @Test
    void aJobNeverOverlapsItselfAndACancelledJobRunsNoMore() throws InterruptedException {
        AtomicInteger inRun = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        ScheduledJob job = schedule.schedule("slow", Duration.ofMillis(1), Cadence.atEveryLook(), () -> {
            mostAtOnce.accumulateAndGet(inRun.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inRun.decrementAndGet();
                runs.incrementAndGet();
            }
        });
        await().atMost(5, TimeUnit.SECONDS).until(() -> runs.get() >= 3);

        job.cancel();
        int afterCancel = runs.get();
        Thread.sleep(100);

        assertThat(mostAtOnce.get()).isEqualTo(1);
        assertThat(runs.get()).isEqualTo(afterCancel);
    }

    @Test
    void aOneOffRunHappensOffTheCallersThread() {
        List<Thread> ranOn = new CopyOnWriteArrayList<>();

        schedule.runOnce("one-off", () -> ranOn.add(Thread.currentThread()));

        await().atMost(5, TimeUnit.SECONDS).until(() -> ranOn.size() == 1);
        assertThat(ranOn.getFirst()).isNotSameAs(Thread.currentThread());
        assertThat(ranOn.getFirst().getName()).isEqualTo("one-off");
    }

    @Test
    void aLookIntervalThatIsNotPositiveOrAClosedScheduleIsRefusedNamingTheJob() {
        assertThatThrownBy(() -> schedule.schedule("bad", Duration.ZERO, Cadence.atEveryLook(), () -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad look interval must be positive: PT0S");
        ClockSchedule closed = new ClockSchedule(Clock.systemUTC());
        closed.close();
        assertThatThrownBy(() -> closed.schedule("late", LOOK, Cadence.atEveryLook(), () -> {}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("late cannot be scheduled");
    }
}
