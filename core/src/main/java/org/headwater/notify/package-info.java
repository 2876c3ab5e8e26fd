/** Who is told about an alert, over which channel, when, and who is told next when nobody acknowledges it (EPA 5.2, table 6-3). */
@NullMarked
package org.headwater.notify;

import org.jspecify.annotations.NullMarked;
