/** The Spring Boot edge: wiring, REST API, security and the command line. The only module that knows Spring. */
@NullMarked
package org.headwater.app;

import org.jspecify.annotations.NullMarked;
