package org.headwater.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates the daily partitions of the reading table before rows for that day arrive (ADR 0009). A
 * day's primary-key index stays small enough to live in memory while the day fills, which keeps
 * appends fast; old days can be detached or dropped whole and range queries touch only their days.
 */
final class ReadingPartitions {

    private static final DateTimeFormatter TABLE_SUFFIX = DateTimeFormatter.BASIC_ISO_DATE;

    private final Set<LocalDate> known = ConcurrentHashMap.newKeySet();

    static LocalDate dayOf(Instant time) {
        return LocalDate.ofInstant(time, ZoneOffset.UTC);
    }

    void ensure(Connection connection, LocalDate day) throws SQLException {
        if (known.contains(day)) {
            return;
        }
        synchronized (this) {
            if (known.contains(day)) {
                return;
            }
            String table = "reading_d" + TABLE_SUFFIX.format(day);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS " + table + " PARTITION OF reading FOR VALUES FROM ('"
                        + day + " 00:00:00+00') TO ('" + day.plusDays(1) + " 00:00:00+00')");
            }
            known.add(day);
        }
    }
}
