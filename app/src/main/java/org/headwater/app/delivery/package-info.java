/**
 * The delivery path after storage (ADR 0010): one worker per consumer delivers what was stored from
 * the durable record, retries with backoff, parks what keeps failing, and lets an administrator replay it.
 */
@NullMarked
package org.headwater.app.delivery;

import org.jspecify.annotations.NullMarked;
