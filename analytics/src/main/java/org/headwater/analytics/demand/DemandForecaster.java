package org.headwater.analytics.demand;

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
}
