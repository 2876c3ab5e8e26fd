package org.headwater.ingest.reads;

import org.jspecify.annotations.Nullable;

/**
 * The topic layout: {@code headwater/v1/{utility}/meters/{meterId}/reads},
 * {@code headwater/v1/{utility}/sensors/{sensorId}/values} (the payload's elements may omit their
 * source) and {@code headwater/v1/{utility}/batches} (every element names its source).
 */
public final class MqttTopics {

    private MqttTopics() {}

    public static String meterReads(String utility, String meterId) {
        return "headwater/v1/" + utility + "/meters/" + meterId + "/reads";
    }

    public static String sensorValues(String utility, String sensorId) {
        return "headwater/v1/" + utility + "/sensors/" + sensorId + "/values";
    }

    public static String batches(String utility) {
        return "headwater/v1/" + utility + "/batches";
    }

    /** The meter or sensor a topic names, or null when the topic names none. */
    static @Nullable String sourceOf(String topic) {
        String[] levels = topic.split("/");
        if (levels.length == 6
                && levels[0].equals("headwater")
                && levels[1].equals("v1")
                && ((levels[3].equals("meters") && levels[5].equals("reads"))
                        || (levels[3].equals("sensors") && levels[5].equals("values")))) {
            return levels[4];
        }
        return null;
    }
}
