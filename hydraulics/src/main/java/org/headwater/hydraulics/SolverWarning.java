package org.headwater.hydraulics;

/**
 * An EPANET-like warning raised while solving (code as EPANET's: 1 unbalanced, 2 unstable, 4 pump
 * cannot deliver, 5 valve cannot deliver, 6 negative pressures) at a simulation time in seconds.
 */
public record SolverWarning(long timeSeconds, int code, String element, String message) {}
