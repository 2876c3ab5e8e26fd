package org.headwater.detect.quality;

import java.util.List;
import org.headwater.network.Location;
import org.jspecify.annotations.Nullable;

/**
 * A live water-quality station: the sensors that MEASURE one network node, judged together by one
 * detector. Its alerts carry the node's id as source, its zone and its location.
 *
 * @param id the measured node's id
 * @param zoneId the pressure zone or DMA the node is LOCATED_IN, when known
 * @param location the node's location (or the first sensor's), when known
 * @param sensors the sensors in channel order
 */
public record WaterQualityStation(
        String id, @Nullable String zoneId, @Nullable Location location, List<StationSensor> sensors) {

    public WaterQualityStation {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("station id must not be blank");
        }
        sensors = List.copyOf(sensors);
        if (sensors.stream().noneMatch(s -> s.channel().isQuality())) {
            throw new IllegalArgumentException(
                    "station '" + id + "' needs at least one quality sensor, had " + sensors);
        }
    }

    /** The detector's channels, in the order of {@link #sensors()}. */
    public List<Channel> channels() {
        return sensors.stream().map(StationSensor::channel).toList();
    }

    /** The channel index of {@code sensorId}, or -1 when it is not part of this station. */
    public int channelOf(String sensorId) {
        for (int i = 0; i < sensors.size(); i++) {
            if (sensors.get(i).sensorId().equals(sensorId)) {
                return i;
            }
        }
        return -1;
    }
}
