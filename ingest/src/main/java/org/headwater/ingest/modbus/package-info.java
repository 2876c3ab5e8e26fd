/**
 * A Modbus TCP poller: reads the registers and bits a register map names, with function codes 1 to 4
 * only, and turns them into readings; it has no way to write.
 */
@NullMarked
package org.headwater.ingest.modbus;

import org.jspecify.annotations.NullMarked;
