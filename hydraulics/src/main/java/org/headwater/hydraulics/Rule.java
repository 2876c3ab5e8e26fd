package org.headwater.hydraulics;

/**
 * One rule-based control: premises joined by AND/OR (evaluated left to right as EPANET does),
 * THEN and ELSE actions, and a priority that settles two rules acting on one link.
 */
record Rule(String label, Premise[] premises, Action[] thenActions, Action[] elseActions, double priority) {

    static final int OBJ_NODE = 0;
    static final int OBJ_LINK = 1;
    static final int OBJ_SYSTEM = 2;

    static final int V_DEMAND = 0;
    static final int V_HEAD = 1;
    static final int V_GRADE = 2;
    static final int V_LEVEL = 3;
    static final int V_PRESSURE = 4;
    static final int V_FLOW = 5;
    static final int V_STATUS = 6;
    static final int V_SETTING = 7;
    static final int V_POWER = 8;
    static final int V_TIME = 9;
    static final int V_CLOCKTIME = 10;
    static final int V_FILLTIME = 11;
    static final int V_DRAINTIME = 12;

    static final int EQ = 0;
    static final int NE = 1;
    static final int LE = 2;
    static final int GE = 3;
    static final int LT = 4;
    static final int GT = 5;

    static final int IS_NUMBER = 0;
    static final int IS_OPEN = 1;
    static final int IS_CLOSED = 2;
    static final int IS_ACTIVE = 3;

    /** A condition; {@code or} joins it to the previous one with OR instead of AND. */
    record Premise(int object, int index, int variable, int relop, boolean or, int status, double value) {}

    /** Sets a link's status ({@code status} IS_OPEN/IS_CLOSED/IS_ACTIVE, or -1) or setting (file units). */
    record Action(int link, int status, double setting) {}
}
