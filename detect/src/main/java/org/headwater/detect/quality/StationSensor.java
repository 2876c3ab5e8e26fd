package org.headwater.detect.quality;

import org.headwater.telemetry.Measurand;

/**
 * One sensor of a live station and the detector channel its readings feed.
 *
 * @param sensorId the SENSOR element's id, the readings' source id
 * @param measurand what it measures, in canonical units
 * @param channel the detector channel (name, role, precision) its values go to
 */
public record StationSensor(String sensorId, Measurand measurand, Channel channel) {

    public StationSensor {
        if (sensorId == null || sensorId.isBlank()) {
            throw new IllegalArgumentException("sensorId must not be blank");
        }
        if (measurand == null || channel == null) {
            throw new IllegalArgumentException("sensor '" + sensorId + "': measurand and channel must not be null");
        }
    }
}
