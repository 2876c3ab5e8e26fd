package org.headwater.notify;

/** The part of the utility's week an instant falls in; table 6-3 hands alerts to the control centre outside business hours. */
public enum Period {
    BUSINESS_HOURS,
    AFTER_HOURS,
    HOLIDAY
}
