package org.headwater.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertType;
import org.headwater.testkit.AlertBuilder;
import org.junit.jupiter.api.Test;

class AlertsTopicConsumerTest {

    private static final TopicPartition ALERTS = new TopicPartition("headwater.alerts", 0);
    private final MockConsumer<String, AlertEvent> consumer = new MockConsumer<>("earliest");
    private final AlertEvent raised = new AlertEvent.AlertRaised(AlertBuilder.anAlert()
            .from("m1")
            .of(AlertType.BACKFLOW)
            .at(Instant.parse("2026-05-01T06:00:00Z"))
            .build());

    private AlertsTopicConsumer consumerRecordingTo(java.util.function.Consumer<List<AlertEvent>> recording) {
        AlertsTopicConsumer alerts =
                new AlertsTopicConsumer(consumer, ALERTS.topic(), recording, Duration.ofMillis(10));
        consumer.updateBeginningOffsets(Map.of(ALERTS, 0L));
        consumer.rebalance(List.of(ALERTS));
        consumer.addRecord(new ConsumerRecord<>(ALERTS.topic(), 0, 0, "m1", raised));
        return alerts;
    }

    private long committed() {
        OffsetAndMetadata offset = consumer.committed(Set.of(ALERTS)).get(ALERTS);
        return offset == null ? -1 : offset.offset();
    }

    @Test
    void alertsAreRecordedThenTheirOffsetsCommitted() {
        List<AlertEvent> recorded = new ArrayList<>();
        AlertsTopicConsumer alerts = consumerRecordingTo(recorded::addAll);

        assertThat(alerts.pollOnce()).isEqualTo(1);

        assertThat(recorded).containsExactly(raised);
        assertThat(committed()).isEqualTo(1);
    }

    @Test
    void alertsTheRecordingRefusedStayUncommittedAndComeAgain() {
        AtomicInteger calls = new AtomicInteger();
        List<AlertEvent> recorded = new ArrayList<>();
        AlertsTopicConsumer alerts = consumerRecordingTo(events -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database away");
            }
            recorded.addAll(events);
        });

        assertThat(alerts.pollOnce()).isEqualTo(-1);
        assertThat(committed()).isEqualTo(-1);
        consumer.addRecord(new ConsumerRecord<>(ALERTS.topic(), 0, 0, "m1", raised));
        assertThat(alerts.pollOnce()).isEqualTo(1);

        assertThat(recorded).containsExactly(raised);
        assertThat(committed()).isEqualTo(1);
    }
}
