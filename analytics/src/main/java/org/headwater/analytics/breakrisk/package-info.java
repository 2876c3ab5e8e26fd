/** Main-break risk per pipe segment: features from the asset register and break history, a boosted model beside transparent baselines, and walk-forward scoring. */
@NullMarked
package org.headwater.analytics.breakrisk;

import org.jspecify.annotations.NullMarked;
