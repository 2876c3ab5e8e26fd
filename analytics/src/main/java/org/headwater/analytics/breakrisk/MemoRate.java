package org.headwater.analytics.breakrisk;

import java.util.Map;
import java.util.WeakHashMap;

/** A rate model that fits once per as-of data set, so blends and shrinkages can share its result. */
final class MemoRate implements RateModel {

    private final RateModel model;
    private final Map<FittingData, double[]> fitted = new WeakHashMap<>();

    MemoRate(RateModel model) {
        this.model = model;
    }

    @Override
    public String name() {
        return model.name();
    }

    @Override
    public synchronized double[] expectedBreaks(FittingData data) {
        return fitted.computeIfAbsent(data, model::expectedBreaks);
    }
}
