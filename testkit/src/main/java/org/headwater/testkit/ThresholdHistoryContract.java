package org.headwater.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.headwater.alert.ThresholdChange;
import org.headwater.alert.ThresholdHistory;
import org.headwater.alert.ThresholdScope;
import org.headwater.alert.ThresholdValues;
import org.headwater.alert.Thresholds;
import org.junit.jupiter.api.Test;

/** What every {@link ThresholdHistory} must do; each test gets an empty history. */
public abstract class ThresholdHistoryContract {

    /** A new, empty history. */
    protected abstract ThresholdHistory emptyHistory();

    @Test
    void recordedChangesRestoreTheSameVersionsValuesAuthorsAndTimes() {
        ThresholdHistory history = emptyHistory();
        Thresholds live = new Thresholds(Clock.fixed(Instant.parse("2024-05-01T08:00:00Z"), ZoneOffset.UTC));
        history.append(live.set(
                new ThresholdScope.SystemWide(),
                ThresholdValues.parse(Map.of("backflow_volume_litres", "8")),
                "ami-manager"));
        history.append(live.set(
                ThresholdScope.parse("class:MECHANICAL/1.0"),
                ThresholdValues.parse(Map.of("backflow_volume_litres", "12", "backflow_duration_hours", "2")),
                "admin"));
        history.append(live.set(
                ThresholdScope.parse("meter:M-9"),
                ThresholdValues.parse(Map.of("backflow_volume_litres", "3")),
                "admin"));

        Thresholds restored = new Thresholds(Clock.systemUTC());
        restored.restore(history.all());

        assertThat(restored.version()).isEqualTo(live.version());
        assertThat(restored.changes()).isEqualTo(live.changes());
        assertThat(restored.at(ThresholdScope.parse("meter:M-9")))
                .isEqualTo(live.at(ThresholdScope.parse("meter:M-9")));
    }

    @Test
    void anEmptyHistoryRestoresTheBuiltInDefaults() {
        Thresholds restored = new Thresholds(Clock.systemUTC());
        restored.restore(emptyHistory().all());

        assertThat(restored.version()).isEqualTo(1);
        assertThat(restored.changes()).isEmpty();
    }

    @Test
    void changesComeBackOldestFirst() {
        ThresholdHistory history = emptyHistory();
        Thresholds live = new Thresholds(Clock.systemUTC());
        ThresholdChange first = live.set(
                new ThresholdScope.SystemWide(), ThresholdValues.parse(Map.of("backflow_volume_litres", "7")), "a");
        ThresholdChange second = live.set(new ThresholdScope.SystemWide(), ThresholdValues.none(), "b");
        history.append(first);
        history.append(second);

        assertThat(history.all())
                .extracting(ThresholdChange::version)
                .containsExactly(first.version(), second.version());
        assertThat(history.all().get(1).after().isEmpty()).isTrue();
    }
}
