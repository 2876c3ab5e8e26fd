package org.headwater.testkit;

import java.time.Instant;
import org.headwater.telemetry.AlarmCode;
import org.headwater.telemetry.MeterEvent;

/** Builds meter alarms: {@code aMeterEvent().from("m1").at("2024-05-01T10:00:00Z").code(AlarmCode.REVERSE_FLOW).build()}. */
public final class MeterEventBuilder {

    private String meterId = "meter-1";
    private Instant time = Instant.parse("2024-05-01T00:00:00Z");
    private AlarmCode code = AlarmCode.TAMPER;
    private String vendorCode = "";

    private MeterEventBuilder() {}

    public static MeterEventBuilder aMeterEvent() {
        return new MeterEventBuilder();
    }

    public MeterEventBuilder from(String newMeterId) {
        this.meterId = newMeterId;
        return this;
    }

    public MeterEventBuilder at(Instant newTime) {
        this.time = newTime;
        return this;
    }

    public MeterEventBuilder at(String isoInstant) {
        return at(Instant.parse(isoInstant));
    }

    public MeterEventBuilder code(AlarmCode newCode) {
        this.code = newCode;
        return this;
    }

    public MeterEventBuilder vendorCode(String newVendorCode) {
        this.vendorCode = newVendorCode;
        return this;
    }

    public MeterEvent build() {
        return new MeterEvent(meterId, time, code, vendorCode.isEmpty() ? code.name() : vendorCode);
    }
}
