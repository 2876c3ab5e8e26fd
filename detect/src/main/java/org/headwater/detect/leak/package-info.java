/**
 * Leak detection on a network's inflow series and its scoring with LeakDB's rules: a night-to-day
 * flow ratio detector ({@link org.headwater.detect.leak.NightRatioDetector}) and the LeakDB scorer
 * ({@link org.headwater.detect.leak.LeakDbScoring}). JDK only, no I/O.
 */
@NullMarked
package org.headwater.detect.leak;

import org.jspecify.annotations.NullMarked;
