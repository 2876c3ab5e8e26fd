/** Night-flow surveillance of district metered areas: each night's minimum night flow judged against the area's demand forecast. */
@NullMarked
package org.headwater.detect.dma;

import org.jspecify.annotations.NullMarked;
