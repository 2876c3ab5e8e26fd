/** Utility calendars from configuration: time zone plus public holidays from the Jollyday tables. */
package org.headwater.analytics.calendar;
