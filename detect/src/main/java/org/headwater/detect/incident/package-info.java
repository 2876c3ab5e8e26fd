/** Grouping related alerts into incidents by time window, distance and network topology (PRODUCT capability 4). */
@NullMarked
package org.headwater.detect.incident;

import org.jspecify.annotations.NullMarked;
