/** The main-break risk job in the running platform: scoring runs on demand and every night. */
@NullMarked
package org.headwater.app.risk;

import org.jspecify.annotations.NullMarked;
