package org.headwater.app.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The server's one schedule, on the primary clock: the demo's replay clock when the demo runs. */
@Configuration(proxyBeanMethods = false)
class ScheduleConfiguration {

    @Bean(destroyMethod = "close")
    ClockSchedule clockSchedule(Clock clock) {
        return new ClockSchedule(clock);
    }
}
