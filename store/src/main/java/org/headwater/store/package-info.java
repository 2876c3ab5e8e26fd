/** PostgreSQL implementations of the core ports, the embedded server for the default install, and migrations. */
@NullMarked
package org.headwater.store;

import org.jspecify.annotations.NullMarked;
