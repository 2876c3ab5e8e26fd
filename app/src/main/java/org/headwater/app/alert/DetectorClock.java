package org.headwater.app.alert;

import org.headwater.app.config.HeadwaterDetectProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Advances the detectors on a fixed wall-clock tick so time-driven alerts (non-reporting) fire without new data. */
@Component
class DetectorClock implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DetectorClock.class);

    private final AlertPipeline pipeline;
    private final HeadwaterDetectProperties properties;
    private volatile boolean running;
    private Thread thread;

    DetectorClock(AlertPipeline pipeline, HeadwaterDetectProperties properties) {
        this.pipeline = pipeline;
        this.properties = properties;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofVirtual().name("detector-clock").start(() -> {
            while (running) {
                try {
                    Thread.sleep(properties.tick().toMillis());
                    pipeline.advance();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    log.warn("Advancing the detectors failed, retrying on the next tick: {}", e.getMessage());
                }
            }
        });
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
