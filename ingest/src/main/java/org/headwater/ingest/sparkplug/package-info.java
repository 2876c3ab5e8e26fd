/**
 * A Sparkplug B host application: reads edge nodes' births, data and deaths from an MQTT broker and
 * turns their metrics into readings; the one message it sends is a Node Control/Rebirth request.
 */
@NullMarked
package org.headwater.ingest.sparkplug;

import org.jspecify.annotations.NullMarked;
