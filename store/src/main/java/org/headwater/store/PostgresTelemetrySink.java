package org.headwater.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.headwater.delivery.StoredTelemetry;
import org.headwater.delivery.Subscribers;
import org.headwater.delivery.Topic;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.StoredBatch;
import org.headwater.telemetry.TelemetrySink;

/**
 * Where every ingestion path delivers (the server, the file import and the benchmarks): one
 * transaction appends the readings and alarms (idempotently), adds the refused records to the
 * quarantine (keyed, so a retried batch adds none twice) and publishes the batch for delivery to the
 * telemetry consumers (ADR 0010). Nothing downstream runs inside this call: when it returns, the
 * batch is stored, and the consumers receive it after commit.
 */
public final class PostgresTelemetrySink implements TelemetrySink {

    private final DataSource dataSource;
    private final PostgresReadings readings;
    private final Subscribers subscribers;
    private final Consumer<StoredBatch> afterCommit;

    /**
     * @param subscribers the consumers each batch is published to
     * @param afterCommit told after each commit what it added (counts it, wakes the delivery workers)
     */
    public PostgresTelemetrySink(DataSource dataSource, Subscribers subscribers, Consumer<StoredBatch> afterCommit) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.readings = new PostgresReadings(dataSource);
        this.subscribers = Objects.requireNonNull(subscribers, "subscribers");
        this.afterCommit = Objects.requireNonNull(afterCommit, "afterCommit");
    }

    @Override
    public void accept(IngestBatch batch) {
        store(batch);
    }

    /** Stores the batch in one transaction; an exception means nothing of it was stored. */
    public StoredBatch store(IngestBatch batch) {
        if (batch.isEmpty()) {
            return StoredBatch.NOTHING;
        }
        StoredBatch stored;
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Integer> sourceIds = readings.prepare(connection, batch.readings());
            connection.setAutoCommit(false);
            try {
                stored = storeWithin(connection, batch, sourceIds);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("storing a batch of " + batch.size() + " entries", e);
        }
        afterCommit.accept(stored);
        return stored;
    }

    private StoredBatch storeWithin(Connection connection, IngestBatch batch, Map<String, Integer> sourceIds)
            throws SQLException {
        long added = batch.readings().isEmpty()
                ? 0
                : PostgresReadings.appendInTransaction(connection, batch.readings(), sourceIds);
        long alarms = PostgresMeterEvents.appendWithin(connection, batch.events());
        PostgresQuarantine.addWithin(connection, batch.rejected());
        if (!batch.readings().isEmpty() || !batch.events().isEmpty()) {
            List<String> consumers = subscribers.of(Topic.TELEMETRY);
            Set<String> sources = new StoredTelemetry(batch).sources();
            PostgresDeliveries.publishWithin(
                    connection,
                    Topic.TELEMETRY,
                    "telemetry:" + UUID.randomUUID(),
                    DeliveryPayloads.telemetry(batch),
                    consumers,
                    sources.size() == 1 ? sources.iterator().next() : null);
        }
        return new StoredBatch(
                added, batch.readings().size() - added, alarms, batch.rejected().size());
    }
}
