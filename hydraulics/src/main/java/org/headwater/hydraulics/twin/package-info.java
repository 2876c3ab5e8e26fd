/** The network model run for what-if questions: close a link, stop a pump, break a pipe, and see who loses pressure. */
@NullMarked
package org.headwater.hydraulics.twin;

import org.jspecify.annotations.NullMarked;
