package org.headwater.investigate;

import java.time.Instant;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertState;
import org.headwater.alert.AlertType;
import org.headwater.alert.CauseHint;
import org.headwater.alert.Evidence;
import org.jspecify.annotations.Nullable;

/** Alerts for the investigation tests. */
final class Alerts {

    static final Instant T = Instant.parse("2024-06-02T10:00:00Z");

    private Alerts() {}

    static Alert alert(
            AlertType type,
            String meter,
            String zone,
            Instant time,
            String detector,
            long version,
            @Nullable CauseHint hint) {
        return new Alert(
                Alert.idOf(meter, type, time),
                type,
                type.defaultSeverity(),
                meter,
                "p-" + meter,
                zone,
                null,
                time,
                Evidence.summary("test"),
                detector,
                version,
                hint,
                AlertState.OPEN,
                null);
    }

    static Alert alert(AlertType type) {
        return alert(type, "M1", "Z1", T, "backflow", 1, null);
    }

    static Investigation opened(AlertType type) {
        return Investigation.open("inv-" + type, InvestigatedAlert.of(alert(type)), T.plusSeconds(5));
    }
}
