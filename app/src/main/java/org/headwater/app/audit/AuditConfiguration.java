package org.headwater.app.audit;

import java.time.Clock;
import javax.sql.DataSource;
import org.headwater.app.delivery.AlertConsumer;
import org.headwater.app.delivery.DeliveryConsumer;
import org.headwater.audit.AuditTrail;
import org.headwater.store.PostgresAuditTrail;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit trail, kept in the platform's PostgreSQL. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    // Wall-clock time, not the injected clock: the demo's replay clock runs fast, and an audit
    // entry records when a person or the platform actually acted.
    @Bean
    AuditTrail auditTrail(DataSource dataSource) {
        return new PostgresAuditTrail(dataSource, Clock.systemUTC());
    }

    /** Raised and cleared alerts, delivered once each from the delivery record (ADR 0010). */
    @Bean
    DeliveryConsumer auditConsumer(RecordedActions actions) {
        return AlertConsumer.of("audit", actions::onAlert);
    }
}
