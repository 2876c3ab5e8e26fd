package org.headwater.app.streams;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code headwater.streams.*}: the scale-out deployment on Kafka (docs/scale-out.md). Off by default:
 * the single-node server detects in-process and needs no Kafka.
 *
 * @param enabled publish stored readings to Kafka and record the detector topology's alerts,
 *     instead of detecting in this process
 * @param bootstrapServers the Kafka cluster
 * @param applicationId the detector topology's application id (its consumer group and state prefix)
 * @param readingsTopic validated readings, keyed by meter or sensor
 * @param alertsTopic the topology's raised and cleared alerts
 * @param alertsGroupId the consumer group of the servers that record the alerts
 * @param sourceTopics topics of JSON read payloads to ingest (reads and meter alarms); none by default
 * @param sourceGroupId the consumer group of the servers that ingest {@code sourceTopics}
 * @param tick how often the detectors are advanced
 * @param history each meter's recent inputs kept by the topology for rebuilds and late-data replays
 */
@ConfigurationProperties("headwater.streams")
public record HeadwaterStreamsProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("localhost:9092") String bootstrapServers,
        @DefaultValue("headwater-detectors") String applicationId,
        @DefaultValue("headwater.readings") String readingsTopic,
        @DefaultValue("headwater.alerts") String alertsTopic,
        @DefaultValue("headwater-alerts") String alertsGroupId,
        @DefaultValue List<String> sourceTopics,
        @DefaultValue("headwater-ingest") String sourceGroupId,
        @DefaultValue("PT5S") Duration tick,
        @DefaultValue("P7D") Duration history) {}
