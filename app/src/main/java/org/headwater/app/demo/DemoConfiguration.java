package org.headwater.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo's beans: its persisted state and the accelerated clock the whole server runs on. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "headwater.demo.enabled", havingValue = "true")
class DemoConfiguration {

    @Bean
    DemoState demoState(JdbcClient jdbc, TransactionTemplate transactions) {
        DemoState state = new DemoState(jdbc, transactions);
        state.checkReplayModel();
        return state;
    }

    /** Continues from where the last run stopped; a first run starts at the current hour. */
    @Bean
    @Primary
    ReplayClock replayClock(DemoState state, org.headwater.app.config.HeadwaterProperties properties) {
        Instant start = state.simulatedNow().orElseGet(() -> DemoReplay.floor(Instant.now(), Duration.ofHours(1)));
        return new ReplayClock(Clock.systemUTC(), start, properties.demo().speed());
    }
}
