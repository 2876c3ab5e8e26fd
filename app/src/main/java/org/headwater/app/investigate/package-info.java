/** Runs EPA figure 6-1 investigations against the stores: opening, moving, gathering evidence, closing alerts. */
@NullMarked
package org.headwater.app.investigate;

import org.jspecify.annotations.NullMarked;
