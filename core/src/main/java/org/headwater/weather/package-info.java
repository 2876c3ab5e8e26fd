/** Hourly weather at the utility (observed or forecast): what demand forecasting may use, behind one port. */
@NullMarked
package org.headwater.weather;

import org.jspecify.annotations.NullMarked;
