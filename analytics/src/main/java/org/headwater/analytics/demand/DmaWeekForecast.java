package org.headwater.analytics.demand;

/** One DMA's forecast for one week beside the truth, and its BWDF score. */
public record DmaWeekForecast(ForecastWeek week, String dma, double[] forecast, double[] truth, BwdfScore score) {

    public DmaWeekForecast {
        forecast = forecast.clone();
        truth = truth.clone();
    }

    @Override
    public double[] forecast() {
        return forecast.clone();
    }

    @Override
    public double[] truth() {
        return truth.clone();
    }
}
