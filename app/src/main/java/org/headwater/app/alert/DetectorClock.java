package org.headwater.app.alert;

import org.headwater.app.config.HeadwaterDetectProperties;
import org.headwater.app.config.PollingThread;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Advances the detectors on a fixed wall-clock tick so time-driven alerts (non-reporting) fire without new data. */
@Component
class DetectorClock implements SmartLifecycle {

    private final AlertPipeline pipeline;
    private final HeadwaterDetectProperties properties;
    private @Nullable PollingThread polling;

    DetectorClock(AlertPipeline pipeline, HeadwaterDetectProperties properties) {
        this.pipeline = pipeline;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        polling = PollingThread.start("detector-clock", properties.tick(), pipeline::advance);
    }

    @Override
    public synchronized void stop() {
        if (polling != null) {
            polling.close();
            polling = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return polling != null;
    }
}
