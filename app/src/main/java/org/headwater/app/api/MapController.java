package org.headwater.app.api;

import org.headwater.app.config.CurrentNetwork;
import org.headwater.app.map.MapLayers;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operations map's layers: the network's pipes, zones and facilities, and every located meter. */
@RestController
@RequestMapping("/api/v1/map")
class MapController {

    private final CurrentNetwork network;
    private final Settings settings;

    MapController(
            CurrentNetwork network,
            @Value("${headwater.map.tile-url:}") String tileUrl,
            @Value("${headwater.map.tile-attribution:}") String attribution) {
        this.network = network;
        this.settings = new Settings(tileUrl.isBlank() ? null : tileUrl, attribution);
    }

    /**
     * The base map under a geographic network; none by default, so the map works without internet.
     *
     * @param tileUrl a Leaflet tile URL template such as {@code https://tile.example/{z}/{x}/{y}.png}
     */
    record Settings(@Nullable String tileUrl, String attribution) {}

    @GetMapping("/settings")
    Settings settings() {
        return settings;
    }

    @GetMapping("/network")
    MapLayers.NetworkLayer network() {
        return MapLayers.network(network.get());
    }

    @GetMapping("/meters")
    MapLayers.MeterLayer meters() {
        return MapLayers.meters(network.get());
    }
}
