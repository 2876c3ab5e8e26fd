package org.headwater.app.delivery;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.headwater.delivery.Subscribers;
import org.headwater.delivery.Topic;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The consumer beans' names by topic, looked up at the first publication: the stores that publish
 * are built before the consumers (which use those stores) exist.
 */
final class ConsumerSubscribers implements Subscribers {

    private final ObjectProvider<DeliveryConsumer> consumers;
    private volatile @Nullable Map<Topic, List<String>> byTopic;

    ConsumerSubscribers(ObjectProvider<DeliveryConsumer> consumers) {
        this.consumers = consumers;
    }

    @Override
    public List<String> of(Topic topic) {
        Map<Topic, List<String>> known = byTopic;
        if (known == null) {
            known = consumers
                    .orderedStream()
                    .collect(Collectors.groupingBy(
                            DeliveryConsumer::topic, Collectors.mapping(DeliveryConsumer::name, Collectors.toList())));
            byTopic = known;
        }
        return known.getOrDefault(topic, List.of());
    }
}
