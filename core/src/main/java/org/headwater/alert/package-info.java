/** Alerts raised by the detectors, their lifecycle, incidents that group them, and the versioned detection thresholds. */
@NullMarked
package org.headwater.alert;

import org.jspecify.annotations.NullMarked;
