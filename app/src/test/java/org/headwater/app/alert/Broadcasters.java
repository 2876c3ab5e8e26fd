package org.headwater.app.alert;

import org.springframework.context.ApplicationEventPublisher;

/** The alert broadcaster for unit tests outside this package, whose constructor is package-private. */
public final class Broadcasters {

    private Broadcasters() {}

    public static AlertBroadcaster publishingTo(ApplicationEventPublisher events) {
        return new AlertBroadcaster(events);
    }
}
