package org.headwater.app.alert;

/** The alert broadcaster for unit tests outside this package: no screen connected. */
public final class Broadcasters {

    private Broadcasters() {}

    public static AlertBroadcaster withoutScreens() {
        return new AlertBroadcaster();
    }
}
