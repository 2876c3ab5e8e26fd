package org.headwater.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.headwater.ingest.reads.MqttTopics;

/**
 * A known set of inputs whose stored result can be counted: {@code readings} interval reads, one a
 * minute per meter over {@code meters} meters ending a few minutes ago, four in five as one QoS 1 MQTT
 * message each and one in five in REST batches of ten; and a reverse-flow alarm from each of the last
 * {@code alarmMeters} meters, spread over the run and alternating MQTT and REST, each of which must
 * raise exactly one BACKFLOW alert.
 */
final class KnownTraffic {

    static final String UTILITY = "bench";
    private static final int REST_BATCH = 10;
    // Blocks of REST_BATCH consecutive reads; one block in REST_EVERY goes over REST.
    private static final int REST_EVERY = 5;

    private final int meters;
    private final int readings;
    private final int alarmMeters;
    private final Instant firstTime;
    private volatile long handedOver;

    KnownTraffic(int meters, int readings, int alarmMeters) {
        if (alarmMeters > meters) {
            throw new IllegalArgumentException(
                    "--alarm-meters must not exceed --meters: " + alarmMeters + " > " + meters);
        }
        this.meters = meters;
        this.readings = readings;
        this.alarmMeters = alarmMeters;
        this.firstTime =
                Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(readings / meters + 5L));
    }

    int meters() {
        return meters;
    }

    int readings() {
        return readings;
    }

    /** Every reading sent, as {@code meter|time}. */
    Set<String> readingKeys() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < readings; i++) {
            keys.add(key(meter(i), time(i)));
        }
        return keys;
    }

    /** The reads sent over REST, as {@code meter|time}; the others went over MQTT. */
    Set<String> restKeys() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < readings; i++) {
            if (overRest(i)) {
                keys.add(key(meter(i), time(i)));
            }
        }
        return keys;
    }

    private static boolean overRest(int i) {
        return (i / REST_BATCH) % REST_EVERY == REST_EVERY - 1;
    }

    static String key(String meter, Instant time) {
        return meter + "|" + time;
    }

    /** The meters that send one reverse-flow alarm each. */
    List<String> alarmedMeters() {
        List<String> alarmed = new ArrayList<>();
        for (int j = 0; j < alarmMeters; j++) {
            alarmed.add(BenchMeters.meterId(meters - 1 - j));
        }
        return alarmed;
    }

    /** Readings handed to the publishers so far. */
    long handedOver() {
        return handedOver;
    }

    /**
     * Hands every input to the publishers at {@code rate} readings a second (slower while the MQTT
     * publisher has no room), returning when all were handed over.
     */
    void send(RetryingMqttPublisher mqtt, RetryingRestPoster rest, int rate) throws InterruptedException {
        long start = System.nanoTime();
        long alarmEvery = Math.max(1, readings / (alarmMeters + 1L));
        int alarmsSent = 0;
        StringBuilder restReads = new StringBuilder();
        for (int i = 0; i < readings; i++) {
            long due = start + i * TimeUnit.SECONDS.toNanos(1) / rate;
            long early = due - System.nanoTime();
            if (early > 0) {
                LockSupport.parkNanos(early);
            }
            String read = "{\"source\":\"" + meter(i) + "\",\"time\":\"" + time(i)
                    + "\",\"kind\":\"interval\",\"value\":0.05,\"unit\":\"L\"}";
            if (overRest(i)) {
                restReads.append(restReads.isEmpty() ? "" : ",").append(read);
                if (i % REST_BATCH == REST_BATCH - 1 || i == readings - 1) {
                    rest.post("{\"reads\":[" + restReads + "]}");
                    restReads.setLength(0);
                }
            } else {
                mqtt.publish(MqttTopics.meterReads(UTILITY, meter(i)), "{\"reads\":[" + read + "]}");
            }
            if (alarmsSent < alarmMeters && (i + 1) % alarmEvery == 0) {
                sendAlarm(mqtt, rest, alarmsSent, time(i).plusSeconds(30));
                alarmsSent++;
            }
            handedOver = i + 1;
        }
        if (!restReads.isEmpty()) {
            rest.post("{\"reads\":[" + restReads + "]}");
        }
        for (; alarmsSent < alarmMeters; alarmsSent++) {
            sendAlarm(mqtt, rest, alarmsSent, time(readings - 1).plusSeconds(30));
        }
    }

    private void sendAlarm(RetryingMqttPublisher mqtt, RetryingRestPoster rest, int j, Instant time)
            throws InterruptedException {
        String meter = alarmedMeters().get(j);
        String alarm = "{\"meter\":\"" + meter + "\",\"time\":\"" + time + "\",\"code\":\"REVERSE_FLOW\"}";
        if (j % 2 == 0) {
            mqtt.publish(MqttTopics.meterReads(UTILITY, meter), "{\"alarms\":[" + alarm + "]}");
        } else {
            rest.post("{\"alarms\":[" + alarm + "]}");
        }
    }

    private String meter(int i) {
        return BenchMeters.meterId(i % meters);
    }

    private Instant time(int i) {
        return firstTime.plus(Duration.ofMinutes(i / meters));
    }
}
