package org.headwater.testkit;

import java.time.Instant;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;

/** Builds readings with sensible defaults: {@code aReading().from("m1").at("2024-05-01T10:00:00Z").litres(12).build()}. */
public final class ReadingBuilder {

    private String sourceId = "meter-1";
    private Measurand measurand = Measurand.INTERVAL_VOLUME;
    private Instant time = Instant.parse("2024-05-01T00:00:00Z");
    private double value = 10.0;

    private ReadingBuilder() {}

    public static ReadingBuilder aReading() {
        return new ReadingBuilder();
    }

    public ReadingBuilder from(String newSourceId) {
        this.sourceId = newSourceId;
        return this;
    }

    public ReadingBuilder of(Measurand newMeasurand) {
        this.measurand = newMeasurand;
        return this;
    }

    public ReadingBuilder at(Instant newTime) {
        this.time = newTime;
        return this;
    }

    public ReadingBuilder at(String isoInstant) {
        return at(Instant.parse(isoInstant));
    }

    public ReadingBuilder value(double newValue) {
        this.value = newValue;
        return this;
    }

    public Reading build() {
        return new Reading(sourceId, measurand, time, value);
    }
}
