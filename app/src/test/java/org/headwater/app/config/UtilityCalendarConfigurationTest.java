package org.headwater.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.headwater.calendar.UtilityCalendar;
import org.headwater.detect.dma.NightWindow;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Issue 23 item 3: one configured calendar ({@code headwater.utility.*}) with its zone and holidays. */
class UtilityCalendarConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(UtilityProperties.class)
    static class Properties {}

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(Properties.class, UtilityCalendarConfiguration.class);

    @Test
    void theConfiguredCountrysHolidaysAreInTheCalendar() {
        runner.withPropertyValues("headwater.utility.zone=America/Chicago", "headwater.utility.country=US")
                .run(context -> {
                    UtilityCalendar calendar = context.getBean(UtilityCalendar.class);
                    assertThat(calendar.isHoliday(LocalDate.of(2022, 11, 24))).isTrue();
                    assertThat(calendar.place()).isEqualTo("US");
                });
    }

    @Test
    void theNightWindowFollowsTheConfiguredZoneAcrossTheAutumnClockChange() {
        runner.withPropertyValues("headwater.utility.zone=America/Chicago").run(context -> {
            UtilityCalendar calendar = context.getBean(UtilityCalendar.class);
            NightWindow window = NightWindow.standard(calendar.zone());
            // 02:00-04:00 local: CDT (UTC-5) before 6 November 2022, CST (UTC-6) after it.
            assertThat(window.start(LocalDate.of(2022, 11, 5))).isEqualTo(Instant.parse("2022-11-05T07:00:00Z"));
            assertThat(window.start(LocalDate.of(2022, 11, 7))).isEqualTo(Instant.parse("2022-11-07T08:00:00Z"));
            assertThat(window.hours(LocalDate.of(2022, 11, 7))).hasSize(2);
        });
    }

    @Test
    void nothingConfiguredIsUtcWithoutHolidays() {
        runner.run(context -> {
            UtilityCalendar calendar = context.getBean(UtilityCalendar.class);
            assertThat(calendar.zone()).isEqualTo(ZoneId.of("UTC"));
            assertThat(calendar.isHoliday(LocalDate.of(2022, 12, 25))).isFalse();
        });
    }

    @Test
    void aReplacedZoneSettingIsRefusedNamingTheNewOne() {
        runner.withPropertyValues("headwater.detect.utility-zone=Europe/Rome")
                .run(context -> assertThat(context.getStartupFailure())
                        .rootCause()
                        .hasMessageContaining("headwater.detect.utility-zone")
                        .hasMessageContaining("headwater.utility.zone"));
    }

    @Test
    void anUnknownCountryIsRefusedNamingTheProperty() {
        runner.withPropertyValues("headwater.utility.country=Atlantis")
                .run(context -> assertThat(context.getStartupFailure())
                        .hasStackTraceContaining("headwater.utility.country: no public holiday table for 'Atlantis'"));
    }
}
