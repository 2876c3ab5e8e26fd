/** Main-break risk in the platform: the recorded break history and the stored scoring runs. */
@NullMarked
package org.headwater.risk;

import org.jspecify.annotations.NullMarked;
