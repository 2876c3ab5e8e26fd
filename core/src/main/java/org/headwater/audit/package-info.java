/** The tamper-evident audit trail: every human and system action as an entry that carries the hash of the one before. */
@NullMarked
package org.headwater.audit;

import org.jspecify.annotations.NullMarked;
