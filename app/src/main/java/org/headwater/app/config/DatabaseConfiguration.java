package org.headwater.app.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.headwater.store.EmbeddedDatabase;
import org.headwater.store.Migrations;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One PostgreSQL for everything: embedded from the jar by default, or an external server when configured. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /** Holds the embedded server, if any, so it stops after the pool closes. */
    static final class DatabaseServer implements AutoCloseable {
        private final @Nullable EmbeddedDatabase embedded;

        DatabaseServer(@Nullable EmbeddedDatabase embedded) {
            this.embedded = embedded;
        }

        @Override
        public void close() {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(HeadwaterProperties properties) {
        HeadwaterProperties.Database db = properties.database();
        if (!db.embedded()) {
            return new DatabaseServer(null);
        }
        log.info("Starting embedded PostgreSQL in {}", db.dataDirectory().toAbsolutePath());
        return new DatabaseServer(EmbeddedDatabase.start(db.dataDirectory().resolve("pgdata"), db.embeddedPort()));
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(HeadwaterProperties properties, DatabaseServer server) {
        HeadwaterProperties.Database db = properties.database();
        HikariConfig config = new HikariConfig();
        config.setPoolName("headwater");
        config.setMaximumPoolSize(db.maxPoolSize());
        if (server.embedded != null) {
            config.setJdbcUrl(server.embedded.jdbcUrl());
        } else {
            if (db.url() == null || db.url().isBlank()) {
                throw new IllegalStateException(
                        "headwater.database.url is required when headwater.database.embedded is false");
            }
            config.setJdbcUrl(db.url());
            config.setUsername(db.username());
            config.setPassword(db.password());
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        int applied = Migrations.apply(dataSource);
        log.info("Database schema up to date ({} migrations applied now)", applied);
        return dataSource;
    }
}
