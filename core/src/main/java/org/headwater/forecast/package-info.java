/** Stored DMA inflow forecasts with their prediction intervals, for the API and the dashboard. */
@NullMarked
package org.headwater.forecast;

import org.jspecify.annotations.NullMarked;
