package org.headwater.notify;

/** How a notification reaches a person (EPA 5.2: phone, email, text message or a monitored dashboard). */
public enum Channel {
    EMAIL,
    WEBHOOK,
    SMS,
    DASHBOARD
}
