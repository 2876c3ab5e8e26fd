package org.headwater.ingest.modbus;

import java.util.Locale;
import java.util.Optional;

/** How the bits or registers at one address encode a value. */
public enum RegisterType {
    /** A coil (function 1) or discrete input (function 2): 1 is true. */
    BOOL(0),
    INT16(1),
    UINT16(1),
    INT32(2),
    UINT32(2),
    /** IEEE 754 single precision in two registers. */
    FLOAT32(2);

    private final int registers;

    RegisterType(int registers) {
        this.registers = registers;
    }

    /** 16-bit registers the value occupies; 0 for a bit. */
    public int registers() {
        return registers;
    }

    static Optional<RegisterType> parse(String text) {
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The value of {@code bytes} (big-endian registers, as Modbus sends them).
     *
     * @param lowWordFirst for 32-bit types: the first register holds the low 16 bits
     * @throws IllegalArgumentException when the device sent a different number of bytes than the type needs
     */
    double decode(byte[] bytes, boolean lowWordFirst) {
        if (bytes.length != registers * 2) {
            throw new IllegalArgumentException(
                    "device sent " + bytes.length + " bytes for a " + this + " (" + registers * 2 + " expected)");
        }
        int first = word(bytes, 0);
        if (registers == 1) {
            return this == INT16 ? (short) first : first;
        }
        int second = word(bytes, 2);
        int bits = lowWordFirst ? (second << 16) | first : (first << 16) | second;
        return switch (this) {
            case INT32 -> bits;
            case UINT32 -> Integer.toUnsignedLong(bits);
            case FLOAT32 -> Float.intBitsToFloat(bits);
            default -> throw new IllegalStateException(this + " is not a 32-bit type");
        };
    }

    private static int word(byte[] bytes, int at) {
        return ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
    }
}
