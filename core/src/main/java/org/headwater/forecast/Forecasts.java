package org.headwater.forecast;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where DMA inflow forecasts are kept: the latest for the API, all of them for forecast-versus-actual views. */
public interface Forecasts {

    /** Stores a forecast, replacing one of the same area and origin (a re-run of the same day). */
    void save(DmaForecast forecast);

    /** The forecast of {@code areaId} with the latest origin, if any. */
    Optional<DmaForecast> latest(String areaId);

    /**
     * For each hour in {@code [from, to)} that some forecast covers, the value of the freshest one:
     * the forecast with the latest origin at or before that hour, i.e. what the operator saw then.
     */
    List<ForecastHour> freshest(String areaId, Instant from, Instant to);
}
