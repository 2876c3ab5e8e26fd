/** The REST API under {@code /api/v1}, described by OpenAPI at {@code /v3/api-docs}. */
@NullMarked
package org.headwater.app.api;

import org.jspecify.annotations.NullMarked;
