/** Shared plumbing for the models that use LightGBM. */
@NullMarked
package org.headwater.analytics.lightgbm;

import org.jspecify.annotations.NullMarked;
