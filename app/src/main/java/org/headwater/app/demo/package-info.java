/** The demo utility: L-Town with premises and meters, real household reads replayed in accelerated time, labelled injected events. */
@NullMarked
package org.headwater.app.demo;

import org.jspecify.annotations.NullMarked;
