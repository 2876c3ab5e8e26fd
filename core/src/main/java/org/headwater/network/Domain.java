package org.headwater.network;

/** The utility network an element belongs to; the graph holds all of them side by side. */
public enum Domain {
    WATER,
    POWER,
    GAS,
    HEAT,
    /** Customers and their accounts, shared by every utility. */
    CUSTOMER
}
