package org.headwater.app.config;

import java.util.List;
import java.util.Map;
import org.headwater.analytics.calendar.PublicHolidays;
import org.headwater.calendar.UtilityCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The one utility calendar every job, detector and schedule of the server reads local time from. */
@Configuration(proxyBeanMethods = false)
class UtilityCalendarConfiguration {

    private static final Logger log = LoggerFactory.getLogger(UtilityCalendarConfiguration.class);

    /** The separate zone settings the calendar replaced (ADR 0023); a config still naming one is refused. */
    static final Map<String, String> REPLACED = Map.of(
            "headwater.detect.utility-zone", "headwater.utility.zone",
            "headwater.notify.zone", "headwater.utility.zone",
            "headwater.risk.zone", "headwater.utility.zone");

    @Bean
    UtilityCalendar utilityCalendar(UtilityProperties properties, Environment environment) {
        List<String> stale = REPLACED.keySet().stream()
                .filter(environment::containsProperty)
                .sorted()
                .toList();
        if (!stale.isEmpty()) {
            // Silently ignoring the old key would move a utility's night window or schedules to UTC.
            throw new IllegalStateException(stale + " no longer exist: set headwater.utility.zone (and"
                    + " headwater.utility.country / region for public holidays) instead");
        }
        UtilityCalendar calendar;
        try {
            calendar = PublicHolidays.calendar(properties.zone(), properties.country(), properties.region());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("headwater.utility." + e.getMessage(), e);
        }
        log.info("utility calendar: zone {}, public holidays of {}", calendar.zone(), calendar.place());
        return calendar;
    }
}
