package org.headwater.app.alert;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.headwater.app.delivery.DeliveryConsumer;
import org.headwater.delivery.DeliveredEvent;
import org.headwater.delivery.RecordedAlert;
import org.headwater.delivery.Topic;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events to every open screen: each raised or cleared alert (the {@code broadcast}
 * consumer of recorded alerts) and each incident change.
 */
@Component
public class AlertBroadcaster implements DeliveryConsumer {

    private final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
        return "broadcast";
    }

    @Override
    public Topic topic() {
        return Topic.ALERTS;
    }

    @Override
    public void accept(DeliveredEvent event) {
        relay("alert", ((RecordedAlert) event).event());
    }

    /** A new subscriber; it stays open until the client goes away. */
    public SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(0L);
        emitters.add(emitter);
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> emitters.remove(emitter));
        emitter.onError(e -> emitters.remove(emitter));
        try {
            // Commits the response now, so the browser knows it is connected before the first alert.
            emitter.send(SseEmitter.event().comment("connected"));
        } catch (IOException e) {
            emitters.remove(emitter);
        }
        return emitter;
    }

    /** Every open screen learns of an acknowledgement at once, so two operators do not act on one alert. */
    @EventListener
    void onAcknowledged(AlertAcknowledged acknowledged) {
        relay("acknowledged", acknowledged);
    }

    /** Ends every stream first: an open dashboard would otherwise hold a graceful shutdown for its full timeout. */
    @EventListener(ContextClosedEvent.class)
    void closeStreams() {
        emitters.forEach(SseEmitter::complete);
        emitters.clear();
    }

    void relay(String eventName, Object payload) {
        for (SseEmitter emitter : emitters) {
            try {
                emitter.send(SseEmitter.event().name(eventName).data(payload));
            } catch (IOException | IllegalStateException e) {
                // The client went away; it reconnects and reloads the list, so nothing is lost.
                emitters.remove(emitter);
            }
        }
    }

    int subscribers() {
        return emitters.size();
    }
}
