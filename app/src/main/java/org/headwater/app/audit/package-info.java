/** The audit trail in the running server: which actions are recorded, and from which events. */
@NullMarked
package org.headwater.app.audit;

import org.jspecify.annotations.NullMarked;
