package org.headwater.app.delivery;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.headwater.delivery.Topic;

/**
 * Wakes the workers of a topic after a commit published to it, so delivery does not wait for the
 * next poll. Has no dependencies: the stores that publish and the workers that deliver both use it.
 */
public final class DeliverySignal {

    private final Map<Topic, List<Runnable>> wakers = new ConcurrentHashMap<>();

    void onPublished(Topic topic, Runnable wake) {
        wakers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(wake);
    }

    void forget(Runnable wake) {
        wakers.values().forEach(list -> list.remove(wake));
    }

    /** Something was committed to {@code topic}. */
    public void published(Topic topic) {
        wakers.getOrDefault(topic, List.of()).forEach(Runnable::run);
    }
}
