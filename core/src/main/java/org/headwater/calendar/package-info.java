/** The utility's calendar: its time zone and public holidays, one for every feature that reads local time. */
@NullMarked
package org.headwater.calendar;

import org.jspecify.annotations.NullMarked;
