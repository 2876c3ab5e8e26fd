/** Who may do what: local users with strong password hashes, session login for browsers, HTTP basic for scripts. */
@NullMarked
package org.headwater.app.security;

import org.jspecify.annotations.NullMarked;
