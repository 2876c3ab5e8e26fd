/**
 * Work orders: what Headwater finds becomes a drafted order with its evidence, a person approves, edits or rejects
 * it (or a governance level lets a low-risk type go automatically), and the approved order is sent to the utility's
 * CMMS, whose status flows back.
 */
@NullMarked
package org.headwater.workorder;

import org.jspecify.annotations.NullMarked;
