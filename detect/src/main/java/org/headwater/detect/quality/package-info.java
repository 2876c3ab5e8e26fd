/** Streaming water-quality event detection per station and channel, in event time, with the EPA CANARY method as reference. */
@NullMarked
package org.headwater.detect.quality;

import org.jspecify.annotations.NullMarked;
