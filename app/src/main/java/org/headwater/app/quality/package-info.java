/** Online water-quality stations in the running server: live event detection whose alerts join the incidents. */
@NullMarked
package org.headwater.app.quality;

import org.jspecify.annotations.NullMarked;
