/** Test data builders, in-memory fakes of the core ports and the contract tests every implementation passes. */
@NullMarked
package org.headwater.testkit;

import org.jspecify.annotations.NullMarked;
