/** Runs the detectors on every stored batch, keeps alerts and incidents, and streams them to the screens. */
@NullMarked
package org.headwater.app.alert;

import org.jspecify.annotations.NullMarked;
