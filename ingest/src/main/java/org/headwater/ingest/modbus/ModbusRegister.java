package org.headwater.ingest.modbus;

import java.util.Objects;
import org.headwater.ingest.sources.TagMapping;

/**
 * One line of a register map: where a value lives on the device and what it means in Headwater.
 *
 * @param unitId the Modbus unit (slave) id, 0..255
 * @param function 1 coils, 2 discrete inputs, 3 holding registers, 4 input registers: the read
 *     functions, and nothing else
 * @param address the zero-based protocol address of the first bit or register
 * @param type how the bits or registers encode the value
 * @param lowWordFirst for 32-bit types: the first register holds the low 16 bits
 * @param mapping sensor, measurand, unit, scale and offset; its address is {@link #key()}
 */
public record ModbusRegister(
        int unitId, int function, int address, RegisterType type, boolean lowWordFirst, TagMapping mapping) {

    public ModbusRegister {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mapping, "mapping");
        if (unitId < 0 || unitId > 255) {
            throw new IllegalArgumentException("unitId must be 0..255: " + unitId);
        }
        if (function < 1 || function > 4) {
            throw new IllegalArgumentException("function must be a read function 1..4: " + function);
        }
        if ((type == RegisterType.BOOL) != (function <= 2)) {
            throw new IllegalArgumentException("function " + function + " cannot read a " + type);
        }
        if (address < 0 || address + Math.max(1, type.registers()) - 1 > 65_535) {
            throw new IllegalArgumentException(type + " at address " + address + " runs past 65535");
        }
        if (!mapping.address().equals(key(unitId, function, address))) {
            throw new IllegalArgumentException("mapping address must be " + key(unitId, function, address));
        }
    }

    /** {@code unit/function/address}, e.g. {@code 1/3/100}: this register's address in quarantine and status. */
    public String key() {
        return key(unitId, function, address);
    }

    static String key(int unitId, int function, int address) {
        return unitId + "/" + function + "/" + address;
    }
}
