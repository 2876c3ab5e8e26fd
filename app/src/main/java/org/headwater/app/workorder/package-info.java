/** Work orders in the running server: drafted from alerts, incidents, investigations and risk runs; approved by people. */
@NullMarked
package org.headwater.app.workorder;

import org.jspecify.annotations.NullMarked;
