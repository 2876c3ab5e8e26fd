/** Readings and meter events in event time, units, quarantine reasons and read success rate. */
@NullMarked
package org.headwater.telemetry;

import org.jspecify.annotations.NullMarked;
