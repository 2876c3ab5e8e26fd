package org.headwater.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.headwater.delivery.DeliveredEvent;
import org.headwater.delivery.Deliveries;
import org.headwater.delivery.Delivery;
import org.headwater.delivery.DeliveryBacklog;
import org.headwater.delivery.ParkedDelivery;
import org.jspecify.annotations.Nullable;

/** {@link Deliveries} held in memory, with the publishing the stores do in their transactions. */
public final class InMemoryDeliveries implements Deliveries {

    private record Row(
            long id,
            String consumer,
            String key,
            @Nullable String source,
            DeliveredEvent event,
            int attempts,
            Instant nextAttemptAt,
            boolean parked,
            @Nullable String error,
            @Nullable Instant firstFailedAt,
            @Nullable Instant lastFailedAt,
            Instant recordedAt) {

        Row dueAt(Instant at) {
            return new Row(
                    id,
                    consumer,
                    key,
                    source,
                    event,
                    attempts,
                    at,
                    parked,
                    error,
                    firstFailedAt,
                    lastFailedAt,
                    recordedAt);
        }

        Row failedOnce(String why, Instant at, Optional<Instant> retryAt) {
            return new Row(
                    id,
                    consumer,
                    key,
                    source,
                    event,
                    attempts + 1,
                    retryAt.orElse(nextAttemptAt),
                    retryAt.isEmpty(),
                    why,
                    firstFailedAt == null ? at : firstFailedAt,
                    at,
                    recordedAt);
        }
    }

    private final Map<Long, Row> rows = new TreeMap<>();
    private final Set<String> keys = new HashSet<>();
    private long nextId = 1;

    /**
     * Publishes an event under {@code key} to each consumer, as the stores do in the transaction of
     * the change; {@code source} names the one source a single-source event concerns.
     *
     * @return false (nothing added) when the key was published before
     */
    public synchronized boolean publish(
            String key, DeliveredEvent event, List<String> consumers, @Nullable String source, Instant at) {
        if (!keys.add(key)) {
            return false;
        }
        for (String consumer : consumers) {
            long id = nextId++;
            rows.put(id, new Row(id, consumer, key, source, event, 0, at, false, null, null, null, at));
        }
        return true;
    }

    @Override
    public synchronized List<Delivery> due(String consumer, Instant now, int limit) {
        List<Delivery> due = new ArrayList<>();
        for (Row row : rows.values()) {
            if (due.size() < limit
                    && row.consumer().equals(consumer)
                    && !row.parked()
                    && !row.nextAttemptAt().isAfter(now)) {
                DeliveredEvent event =
                        row.source() == null ? row.event() : row.event().only(row.source());
                due.add(new Delivery(row.id(), consumer, row.key(), row.source(), row.attempts(), event));
            }
        }
        return due;
    }

    @Override
    public synchronized void delivered(long id) {
        rows.remove(id);
    }

    @Override
    public synchronized void deliveredAll(Collection<Long> ids) {
        ids.forEach(rows::remove);
    }

    @Override
    public synchronized void postpone(long id, Instant at) {
        rows.computeIfPresent(id, (key, row) -> row.dueAt(at));
    }

    @Override
    public synchronized void failed(long id, String error, Instant at, Optional<Instant> retryAt) {
        rows.computeIfPresent(id, (key, row) -> row.failedOnce(error, at, retryAt));
    }

    @Override
    public synchronized void split(long id, Map<String, String> errorBySource, Instant at, Optional<Instant> retryAt) {
        Row whole = rows.remove(id);
        if (whole == null) {
            return;
        }
        errorBySource.forEach((source, error) -> {
            long partId = nextId++;
            rows.put(
                    partId,
                    new Row(
                            partId,
                            whole.consumer(),
                            whole.key(),
                            source,
                            whole.event(),
                            1,
                            retryAt.orElse(at),
                            retryAt.isEmpty(),
                            error,
                            at,
                            at,
                            whole.recordedAt()));
        });
    }

    @Override
    public synchronized List<ParkedDelivery> parked(int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return rows.values().stream()
                .filter(Row::parked)
                .limit(limit)
                .map(r -> new ParkedDelivery(
                        r.id(),
                        r.consumer(),
                        r.key(),
                        r.source(),
                        r.attempts(),
                        String.valueOf(r.error()),
                        java.util.Objects.requireNonNull(r.firstFailedAt()),
                        java.util.Objects.requireNonNull(r.lastFailedAt())))
                .toList();
    }

    @Override
    public synchronized boolean replay(long id, Instant at) {
        Row row = rows.get(id);
        if (row == null || !row.parked()) {
            return false;
        }
        rows.put(
                id,
                new Row(
                        id,
                        row.consumer(),
                        row.key(),
                        row.source(),
                        row.event(),
                        0,
                        at,
                        false,
                        row.error(),
                        row.firstFailedAt(),
                        row.lastFailedAt(),
                        row.recordedAt()));
        return true;
    }

    @Override
    public synchronized long pending(String consumer) {
        return rows.values().stream().filter(r -> r.consumer().equals(consumer)).count();
    }

    @Override
    public synchronized DeliveryBacklog backlog(String consumer) {
        List<Row> mine = rows.values().stream()
                .filter(r -> r.consumer().equals(consumer))
                .toList();
        List<Row> waiting = mine.stream().filter(r -> !r.parked()).toList();
        return new DeliveryBacklog(
                consumer,
                waiting.size(),
                mine.size() - waiting.size(),
                waiting.stream().map(Row::recordedAt).min(Instant::compareTo).orElse(null));
    }

    @Override
    public synchronized long purge(Instant recordedBefore) {
        return 0; // events are held by their rows only: nothing outlives its last delivery here
    }
}
