/** The daily DMA inflow forecast: which sensors measure which area, the scheduled job and its storage. */
@NullMarked
package org.headwater.app.forecast;

import org.jspecify.annotations.NullMarked;
