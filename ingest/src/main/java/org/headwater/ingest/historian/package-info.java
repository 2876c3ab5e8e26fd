/** Historian exports (OSIsoft PI, Ignition) imported through a tag map, resumably. */
@NullMarked
package org.headwater.ingest.historian;

import org.jspecify.annotations.NullMarked;
