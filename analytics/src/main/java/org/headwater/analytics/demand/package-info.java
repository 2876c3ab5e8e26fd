/** Hourly inflow forecasts per district metered area for the next week, and their scoring against the BWDF benchmark. */
@NullMarked
package org.headwater.analytics.demand;

import org.jspecify.annotations.NullMarked;
