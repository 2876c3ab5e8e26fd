/** What the operations map draws: the network's pipes and zones and the meters, as plain shapes. */
@NullMarked
package org.headwater.app.map;

import org.jspecify.annotations.NullMarked;
