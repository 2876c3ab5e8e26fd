package org.headwater.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.headwater.alert.AlertType;
import org.headwater.alert.Severity;
import org.junit.jupiter.api.Test;

/** The notification lifecycle table and retries with doubling backoff. */
class NotificationTest {

    static final Instant T0 = Instant.parse("2024-06-03T15:00:00Z");
    static final RetryPolicy RETRY = new RetryPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(5));

    final Notification pending = Notification.pending(
            "n1",
            new AlertSummary("a1", AlertType.TAMPER, Severity.MEDIUM, "M1", null, T0),
            new Contact("ami-1", "AMI_MANAGER", Channel.EMAIL, "ami@utility.example"),
            new Page("a1", "AMI_MANAGER", Page.Kind.FIRST, 0),
            T0);

    @Test
    void failuresAreRetriedWithBackoffThenFail() {
        Notification once = pending.failed("connection refused", RETRY, T0);
        assertThat(once.state()).isEqualTo(NotificationState.RETRYING);
        assertThat(once.nextAttemptAt()).isEqualTo(T0.plusSeconds(30));
        Notification twice = once.failed("connection refused", RETRY, T0.plusSeconds(30));
        assertThat(twice.nextAttemptAt()).isEqualTo(T0.plusSeconds(90));
        Notification failed = twice.failed("connection refused", RETRY, T0.plusSeconds(90));
        assertThat(failed.state()).isEqualTo(NotificationState.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.lastError()).isEqualTo("connection refused");
    }

    @Test
    void anIllegalMoveNamesBothStates() {
        Notification acknowledged = pending.sent(T0).acknowledged(T0);
        assertThatThrownBy(() -> acknowledged.sent(T0))
                .hasMessage("notification n1 cannot move from ACKNOWLEDGED to SENT");
    }

    @Test
    void theAddressStaysOutOfTheContactsText() {
        assertThat(new Contact("ami-1", "AMI_MANAGER", Channel.EMAIL, "ami@utility.example").toString())
                .doesNotContain("ami@utility.example");
    }
}
