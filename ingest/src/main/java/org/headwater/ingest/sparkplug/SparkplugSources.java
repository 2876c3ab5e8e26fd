package org.headwater.ingest.sparkplug;

import java.time.Duration;
import java.util.Set;
import org.headwater.ingest.sources.SourceConfigException;
import org.headwater.ingest.sources.SourceDefinition;

/**
 * Reads one {@code headwater.sources.sparkplug.<name>.*} source: {@code host}, {@code port} (1883),
 * {@code host-id} (the primary host id edge nodes wait for; default {@code headwater}),
 * {@code client-id}, {@code group} ({@code +} for all), {@code username}, {@code password},
 * {@code rebirth-retry} (30s) and the tag map {@code map} whose addresses are
 * {@code group/node[/device]:metric}. A bad value is refused naming the full property.
 */
public final class SparkplugSources {

    public static final String KIND = "sparkplug";

    private static final Set<String> KEYS =
            Set.of("host", "port", "host-id", "client-id", "group", "username", "password", "rebirth-retry");

    private SparkplugSources() {}

    public static SparkplugHostSettings settings(SourceDefinition source) {
        source.allowOnly(KEYS);
        String hostId = source.text("host-id", "headwater");
        try {
            return new SparkplugHostSettings(
                    source.required("host"),
                    source.integer("port", 1883, 1, 65_535),
                    hostId,
                    source.text("client-id", "headwater-" + hostId + "-" + source.name()),
                    source.text("group", "+"),
                    source.optional("username"),
                    source.optional("password"),
                    source.duration("rebirth-retry", Duration.ofSeconds(30)));
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            String key = message.startsWith("hostId")
                    ? "host-id"
                    : message.startsWith("group") ? "group" : message.startsWith("clientId") ? "client-id" : "host";
            throw new SourceConfigException(source.property(key), message);
        }
    }
}
