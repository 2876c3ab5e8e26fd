package org.headwater.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates the monthly partitions of the reading table before rows for that month arrive, so old
 * months can be detached or dropped whole and queries over a range touch only their months.
 */
final class ReadingPartitions {

    private final Set<YearMonth> known = ConcurrentHashMap.newKeySet();

    synchronized void ensure(Connection connection, Instant time) throws SQLException {
        YearMonth month = YearMonth.from(time.atOffset(ZoneOffset.UTC));
        if (known.contains(month)) {
            return;
        }
        LocalDate start = month.atDay(1);
        LocalDate end = month.plusMonths(1).atDay(1);
        String table = "reading_%04d_%02d".formatted(month.getYear(), month.getMonthValue());
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + table + " PARTITION OF reading FOR VALUES FROM ('" + start
                    + " 00:00:00+00') TO ('" + end + " 00:00:00+00')");
        }
        known.add(month);
    }
}
