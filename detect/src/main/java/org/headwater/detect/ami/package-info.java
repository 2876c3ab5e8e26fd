/** Streaming AMI detectors (EPA section 5.2): per-meter state, (state, reading) to alerts, no I/O. */
@NullMarked
package org.headwater.detect.ami;

import org.jspecify.annotations.NullMarked;
