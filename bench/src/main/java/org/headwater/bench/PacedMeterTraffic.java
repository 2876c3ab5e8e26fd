package org.headwater.bench;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import io.reactivex.Flowable;
import io.reactivex.schedulers.Schedulers;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntSupplier;
import org.headwater.ingest.reads.MqttTopics;

/**
 * The alert-latency bench's meters: interval reads at a steady rate, round-robin over the meters (one
 * read per meter per second of event time, ending about now), and after the warm-up a reverse-flow alarm
 * from a meter not alarmed before at a steady rate. Messages go out once a millisecond as a reactive
 * stream, so the client writes them in a few network flushes and the publisher sleeps in between: a
 * publisher that spins or wakes the client's I/O thread per message takes CPU from the server under test
 * on a shared machine.
 */
final class PacedMeterTraffic {

    private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final String utility;
    private final int rate;
    private final int meters;
    private final int alarmsPerSecond;
    private final int warmupSeconds;
    private final int seconds;
    private final Map<String, Long> alarmPublishedAt;
    private final IntSupplier alertsSeen;
    private final PrintStream out;
    private final AtomicLong published = new AtomicLong();

    /**
     * @param alarmPublishedAt receives each alarmed meter with the {@link System#nanoTime()} it was handed
     *     to the client
     * @param alertsSeen for the progress lines
     */
    PacedMeterTraffic(
            String utility,
            int rate,
            int meters,
            int alarmsPerSecond,
            int warmupSeconds,
            int seconds,
            Map<String, Long> alarmPublishedAt,
            IntSupplier alertsSeen,
            PrintStream out) {
        this.utility = utility;
        this.rate = rate;
        this.meters = meters;
        this.alarmsPerSecond = alarmsPerSecond;
        this.warmupSeconds = warmupSeconds;
        this.seconds = seconds;
        this.alarmPublishedAt = alarmPublishedAt;
        this.alertsSeen = alertsSeen;
        this.out = out;
    }

    /** Publishes for the warm-up and the measured seconds; returns the messages the broker acknowledged. */
    long publishThrough(Mqtt3AsyncClient client) {
        Ticks ticks = new Ticks();
        Flowable<Mqtt3Publish> messages = Flowable.<List<Mqtt3Publish>, Ticks>generate(
                        () -> ticks, (state, emitter) -> {
                            List<Mqtt3Publish> due = state.next();
                            if (due == null) {
                                emitter.onComplete();
                            } else {
                                emitter.onNext(due);
                            }
                        })
                .subscribeOn(Schedulers.newThread())
                .concatMapIterable(batch -> batch);
        client.toRx().publish(messages).blockingForEach(result -> {
            if (result.getError().isEmpty()) {
                published.incrementAndGet();
            }
        });
        return published.get();
    }

    /** The publisher's clock and counters; used from the one generating thread only. */
    private final class Ticks {
        // Event time: one read per meter per second, ending about now, so every meter is reporting and no
        // read is in the future; a read stands for the volume of that second.
        private final Instant firstReadTime =
                Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(warmupSeconds + seconds + 60L);
        private final long start = System.nanoTime();
        private final long total = (long) rate * (warmupSeconds + seconds);
        private final long alarmGap = TimeUnit.SECONDS.toNanos(1) / alarmsPerSecond;
        // A running server has seen its meters and compiled its hot paths: alarms are timed after the warm-up.
        private long nextAlarm = start + TimeUnit.SECONDS.toNanos(warmupSeconds);
        private long nextRead;
        private int alarmed;
        private long tick;
        private long handedOver;

        /** The messages due in the next millisecond, after sleeping until it starts; null when done. */
        List<Mqtt3Publish> next() {
            if (nextRead >= total) {
                return null;
            }
            tick++;
            long tickStart = start + tick * TICK_NANOS;
            long early = tickStart - System.nanoTime();
            if (early > 0) {
                LockSupport.parkNanos(early);
            }
            long dueReads = Math.min(total, (System.nanoTime() - start) * rate / TimeUnit.SECONDS.toNanos(1));
            List<Mqtt3Publish> due = new ArrayList<>();
            for (; nextRead < dueReads; nextRead++) {
                String time = readTime(nextRead);
                due.add(message(
                        BenchMeters.meterId((int) (nextRead % meters)),
                        "{\"reads\":[{\"time\":\"" + time
                                + "\",\"kind\":\"interval\",\"value\":0.05,\"unit\":\"L\"}]}"));
                progress(nextRead);
            }
            if (System.nanoTime() >= nextAlarm && alarmed < meters) {
                String target = BenchMeters.meterId(meters - 1 - alarmed); // counted down, so no meter alarms twice
                alarmed++;
                nextAlarm += alarmGap;
                String time = readTime(Math.max(0, nextRead - 1));
                alarmPublishedAt.put(target, System.nanoTime());
                due.add(message(target, "{\"alarms\":[{\"time\":\"" + time + "\",\"code\":\"REVERSE_FLOW\"}]}"));
            }
            handedOver += due.size();
            return due;
        }

        private String readTime(long read) {
            return firstReadTime.plusSeconds(read / meters).toString();
        }

        private void progress(long read) {
            if (read > 0 && read % rate == 0 && (read / rate) % 5 == 0) {
                out.printf(
                        Locale.ROOT,
                        "%5d s%s: %,d published, %d alarms, %d alerts seen%n",
                        read / rate,
                        read / rate <= warmupSeconds ? " (warm-up)" : "",
                        handedOver,
                        alarmed,
                        alertsSeen.getAsInt());
            }
        }
    }

    private Mqtt3Publish message(String meter, String json) {
        return Mqtt3Publish.builder()
                .topic(MqttTopics.meterReads(utility, meter))
                .qos(MqttQos.AT_LEAST_ONCE)
                .payload(json.getBytes(StandardCharsets.UTF_8))
                .build();
    }
}
