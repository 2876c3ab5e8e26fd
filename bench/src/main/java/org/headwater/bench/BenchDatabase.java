package org.headwater.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.util.Locale;
import javax.sql.DataSource;
import org.headwater.store.EmbeddedDatabase;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL a store benchmark writes to: a throwaway embedded server with the production
 * settings (fsync on), with fsync off when asked ({@code --fsync off}), or an external server
 * ({@code --jdbc-url URL}), whose reading table must start empty so the final count proves
 * nothing was lost.
 */
final class BenchDatabase implements AutoCloseable {

    private static final int POOL_SIZE = 8;

    private final HikariDataSource dataSource;
    private final @Nullable EmbeddedDatabase embedded;

    // Pooled as in the server: a new connection per append would measure backend start-up, not appends.
    private BenchDatabase(DataSource server, @Nullable EmbeddedDatabase embedded) {
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(server);
        pool.setMaximumPoolSize(POOL_SIZE);
        pool.setPoolName("bench-store");
        this.dataSource = new HikariDataSource(pool);
        this.embedded = embedded;
    }

    static BenchDatabase open(BenchArgs options, PrintStream out) {
        if (options.has("--jdbc-url")) {
            PGSimpleDataSource external = new PGSimpleDataSource();
            external.setURL(options.text("--jdbc-url", ""));
            out.println("external PostgreSQL at " + options.text("--jdbc-url", "") + " (its own settings)");
            return new BenchDatabase(external, null);
        }
        String fsync = options.text("--fsync", "on").toLowerCase(Locale.ROOT);
        EmbeddedDatabase embedded = switch (fsync) {
            case "on" -> EmbeddedDatabase.start(null, 0);
            case "off" -> EmbeddedDatabase.startForTests();
            default -> throw new IllegalArgumentException("--fsync must be on or off: " + fsync);
        };
        out.println("embedded PostgreSQL 18 on port " + embedded.port() + ", fsync " + fsync
                + (fsync.equals("on")
                        ? " (production settings)"
                        : " (synchronous_commit and full_page_writes off too)"));
        return new BenchDatabase(embedded.dataSource(), embedded);
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
