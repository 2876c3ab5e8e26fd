package org.headwater.analytics.demand;

import java.util.LinkedHashMap;
import java.util.Map;

/** Forecasts one DMA's hourly inflow (L/s) for the 168 hours of a week. */
public interface DemandForecaster {

    /** A short name for tables and file names. */
    String name();

    /**
     * @param history the DMA's inflows strictly before {@code week.origin()}: nothing later is given
     * @param weather observed weather, including the week itself (the competition's perfect forecast)
     * @return 168 forecasts, one per hour of {@code week}
     */
    double[] forecast(HourlySeries history, Weather weather, ForecastWeek week);

    /**
     * Forecasts several DMAs for one week; a model that learns across DMAs overrides this.
     *
     * @param histories each DMA's inflows strictly before {@code week.origin()}, by DMA name
     */
    default Map<String, double[]> forecastAll(Map<String, HourlySeries> histories, Weather weather, ForecastWeek week) {
        Map<String, double[]> forecasts = new LinkedHashMap<>();
        histories.forEach((dma, history) -> forecasts.put(dma, forecast(history, weather, week)));
        return forecasts;
    }
}
