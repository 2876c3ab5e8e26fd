package org.headwater.hydraulics;

/** EPANET's internal link states; the codes are those of its StatusType enum (0 XHEAD … 7 XPRESSURE). */
public final class LinkStatus {
    public static final byte XHEAD = 0;
    public static final byte TEMPCLOSED = 1;
    public static final byte CLOSED = 2;
    public static final byte OPEN = 3;
    public static final byte ACTIVE = 4;
    public static final byte XFLOW = 5;
    public static final byte XFCV = 6;
    public static final byte XPRESSURE = 7;

    private static final String[] NAMES = {
        "XHEAD", "TEMPCLOSED", "CLOSED", "OPEN", "ACTIVE", "XFLOW", "XFCV", "XPRESSURE"
    };

    private LinkStatus() {}

    public static String name(int code) {
        return NAMES[code];
    }
}
