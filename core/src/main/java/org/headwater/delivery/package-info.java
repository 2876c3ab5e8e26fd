/**
 * The delivery path: what was stored is recorded with the change and delivered after commit to each
 * consumer, retried with backoff, parked after a bounded number of failures (ADR 0010).
 */
@NullMarked
package org.headwater.delivery;

import org.jspecify.annotations.NullMarked;
