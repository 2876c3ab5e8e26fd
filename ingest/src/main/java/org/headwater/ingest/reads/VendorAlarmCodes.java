package org.headwater.ingest.reads;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.headwater.telemetry.AlarmCode;

/**
 * Maps the alarm codes headends send onto {@link AlarmCode}. Matching ignores case and surrounding
 * blanks. An unmapped code is quarantined as UNKNOWN_ALARM_CODE, never guessed. The defaults cover
 * the alarms of EPA section 5.2 under their common spellings; a utility adds its vendor's codes with
 * {@link #with}.
 */
public final class VendorAlarmCodes {

    private final Map<String, AlarmCode> codes;

    private VendorAlarmCodes(Map<String, AlarmCode> codes) {
        this.codes = Map.copyOf(codes);
    }

    /**
     * Every {@link AlarmCode} name, plus: {@code reverse_flow, backflow, rf} → REVERSE_FLOW;
     * {@code tamper, tmp} → TAMPER; {@code magnetic, mag} → MAGNETIC_TAMPER; {@code cut_wire, cw}
     * → CUT_WIRE; {@code empty_pipe, ep, dry} → EMPTY_PIPE; {@code leak, lk, continuous_flow} → LEAK;
     * {@code low_battery, lb, bat} → LOW_BATTERY; {@code replaced, mr} → METER_REPLACED.
     */
    public static VendorAlarmCodes defaults() {
        Map<String, AlarmCode> m = new HashMap<>();
        for (AlarmCode code : AlarmCode.values()) {
            m.put(normalise(code.name()), code);
        }
        put(m, AlarmCode.REVERSE_FLOW, "reverse_flow", "backflow", "rf");
        put(m, AlarmCode.TAMPER, "tamper", "tmp");
        put(m, AlarmCode.MAGNETIC_TAMPER, "magnetic", "mag");
        put(m, AlarmCode.CUT_WIRE, "cut_wire", "cw");
        put(m, AlarmCode.EMPTY_PIPE, "empty_pipe", "ep", "dry");
        put(m, AlarmCode.LEAK, "leak", "lk", "continuous_flow");
        put(m, AlarmCode.LOW_BATTERY, "low_battery", "lb", "bat");
        put(m, AlarmCode.METER_REPLACED, "replaced", "mr");
        return new VendorAlarmCodes(m);
    }

    /** A copy that also maps {@code vendorCode} to {@code code}. */
    public VendorAlarmCodes with(String vendorCode, AlarmCode code) {
        if (vendorCode.isBlank()) {
            throw new IllegalArgumentException("vendorCode must not be blank");
        }
        Map<String, AlarmCode> m = new HashMap<>(codes);
        m.put(normalise(vendorCode), code);
        return new VendorAlarmCodes(m);
    }

    public Optional<AlarmCode> lookup(String vendorCode) {
        return Optional.ofNullable(codes.get(normalise(vendorCode)));
    }

    private static void put(Map<String, AlarmCode> m, AlarmCode code, String... vendorCodes) {
        for (String v : vendorCodes) {
            m.put(normalise(v), code);
        }
    }

    private static String normalise(String vendorCode) {
        return vendorCode.strip().toLowerCase(Locale.ROOT);
    }
}
