package org.headwater.testkit;

import java.time.Instant;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertState;
import org.headwater.alert.AlertType;
import org.headwater.alert.Evidence;

/** Builds open alerts: {@code anAlert().from("m1").of(AlertType.BACKFLOW).at("2024-05-01T10:00:00Z").build()}. */
public final class AlertBuilder {

    private String sourceId = "meter-1";
    private AlertType type = AlertType.BACKFLOW;
    private Instant time = Instant.parse("2024-05-01T00:00:00Z");
    private String zoneId = "zone-1";
    private String premiseId;
    private boolean premiseGiven;

    private AlertBuilder() {}

    public static AlertBuilder anAlert() {
        return new AlertBuilder();
    }

    public AlertBuilder from(String newSourceId) {
        this.sourceId = newSourceId;
        return this;
    }

    public AlertBuilder of(AlertType newType) {
        this.type = newType;
        return this;
    }

    public AlertBuilder at(Instant newTime) {
        this.time = newTime;
        return this;
    }

    public AlertBuilder at(String isoInstant) {
        return at(Instant.parse(isoInstant));
    }

    public AlertBuilder inZone(String newZoneId) {
        this.zoneId = newZoneId;
        return this;
    }

    /** The premise the source serves (by default {@code premise-<source>}); null for a sensor or station. */
    public AlertBuilder atPremise(String newPremiseId) {
        this.premiseId = newPremiseId;
        this.premiseGiven = true;
        return this;
    }

    public Alert build() {
        return new Alert(
                Alert.idOf(sourceId, type, time),
                type,
                type.defaultSeverity(),
                sourceId,
                premiseGiven ? premiseId : "premise-" + sourceId,
                zoneId,
                null,
                time,
                Evidence.summary("built for a test"),
                "test",
                1,
                null,
                AlertState.OPEN,
                null);
    }
}
