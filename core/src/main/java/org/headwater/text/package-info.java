/** Wording shared by messages and notes: counts with the right plural. */
@NullMarked
package org.headwater.text;

import org.jspecify.annotations.NullMarked;
