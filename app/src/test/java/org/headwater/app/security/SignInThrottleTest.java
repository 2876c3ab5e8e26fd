package org.headwater.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle =
            new SignInThrottle(new SignInThrottleProperties(5, 20, Duration.ofMinutes(15)), clock);

    @Test
    void theFifthFailureWithinTheWindowLocksTheAccountUntilTheFirstOfThemIsFifteenMinutesOld() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("jean", "10.0.0." + i);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.refusal("jean", "10.0.0.9")).isEmpty();
        throttle.failed("jean", "10.0.0.4");

        assertThat(throttle.refusal("jean", "10.0.0.9"))
                .contains(new SignInThrottle.Refusal(SignInThrottle.Scope.ACCOUNT, Duration.ofMinutes(11)));
        assertThat(throttle.refusal("JEAN", "10.0.0.9"))
                .as("names compare without case")
                .isPresent();
        assertThat(throttle.refusal("marie", "10.0.0.9")).isEmpty();

        clock.advance(Duration.ofMinutes(11));
        assertThat(throttle.refusal("jean", "10.0.0.9")).isEmpty();
    }

    @Test
    void anAddressTryingManyNamesIsStoppedAtItsOwnLimit() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user-" + i, "203.0.113.7");
        }

        assertThat(throttle.refusal("somebody-new", "203.0.113.7"))
                .hasValueSatisfying(refusal -> assertThat(refusal.scope()).isEqualTo(SignInThrottle.Scope.ADDRESS));
        assertThat(throttle.refusal("somebody-new", "203.0.113.8")).isEmpty();
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsCountButNotTheAddresses() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("jean", "10.0.0.1");
        }
        throttle.succeeded("jean");
        for (int i = 0; i < 4; i++) {
            throttle.failed("jean", "10.0.0.2");
        }

        assertThat(throttle.refusal("jean", "10.0.0.3")).isEmpty();
        throttle.failed("jean", "10.0.0.2");
        assertThat(throttle.refusal("jean", "10.0.0.3")).isPresent();
    }

    @Test
    void limitsThatCannotWorkAreRefusedNamingTheProperty() {
        assertThatThrownBy(() -> new SignInThrottleProperties(0, 20, Duration.ofMinutes(15)))
                .hasMessageContaining("max-failures-per-account")
                .hasMessageContaining("0");
        assertThatThrownBy(() -> new SignInThrottleProperties(5, 20, Duration.ZERO))
                .hasMessageContaining("window");
    }

    private static final class MovableClock extends Clock {
        private Instant now = START;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
