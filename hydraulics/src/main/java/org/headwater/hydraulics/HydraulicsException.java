package org.headwater.hydraulics;

/**
 * A network the solver cannot run, with EPANET's error code and the element at fault (for
 * example 110 "cannot solve network hydraulic equations" at a node, 227 "invalid head curve" for a
 * pump).
 */
public final class HydraulicsException extends RuntimeException {

    private final int code;
    private final String element;

    public HydraulicsException(int code, String element, String message) {
        super("Error " + code + ": " + message);
        this.code = code;
        this.element = element;
    }

    public int code() {
        return code;
    }

    /** The id of the node, link, curve or pattern at fault; empty when the whole network is. */
    public String element() {
        return element;
    }
}
