package org.headwater.delivery;

import java.util.List;

/** The consumers that receive each topic's events; an event is recorded once for each of them. */
@FunctionalInterface
public interface Subscribers {

    List<String> of(Topic topic);
}
