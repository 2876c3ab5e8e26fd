/** The units people see and type (the utility's configured unit system), converted to and from the canonical SI values. */
@NullMarked
package org.headwater.app.units;

import org.jspecify.annotations.NullMarked;
