package org.headwater.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.headwater.alert.AlertType;
import org.headwater.alert.Severity;
import org.headwater.notify.AlertSummary;
import org.headwater.notify.Channel;
import org.headwater.notify.Escalation;
import org.headwater.notify.EscalationChain;
import org.headwater.notify.EscalationStep;
import org.headwater.notify.OpenEscalations;
import org.junit.jupiter.api.Test;

/** What every {@link OpenEscalations} must do; alert ids are random so tests share a store. */
public abstract class OpenEscalationsContract {

    static final Instant T0 = Instant.parse("2024-06-03T15:00:00Z");

    protected abstract OpenEscalations escalations();

    @Test
    void anEscalationComesBackAsSavedWithItsChainAndChannelsAndGoesWhenRemoved() {
        String alertId = "M1/BACKFLOW/" + UUID.randomUUID();
        AlertSummary alert = new AlertSummary(alertId, AlertType.BACKFLOW, Severity.HIGH, "M1", "Z1", T0);
        EscalationChain chain = new EscalationChain(
                List.of(
                        new EscalationStep("AMI_MANAGER", Duration.ZERO),
                        new EscalationStep("CONTROL_CENTER_OPERATOR", Duration.ofMinutes(15))),
                Duration.ofMinutes(10));
        OpenEscalations.Open open =
                new OpenEscalations.Open(Escalation.start(alert, chain, T0), Set.of(Channel.EMAIL, Channel.SMS));
        escalations().save(open);
        assertThat(escalations().all()).contains(open);

        OpenEscalations.Open stepped =
                new OpenEscalations.Open(new Escalation(alert, chain, T0, 0, T0.plusSeconds(1), null), open.channels());
        escalations().save(stepped);
        assertThat(escalations().all()).contains(stepped).doesNotContain(open);

        escalations().remove(alertId);
        assertThat(escalations().all())
                .noneMatch(o -> o.escalation().alert().alertId().equals(alertId));
    }
}
