/**
 * Scale-out on Kafka: validated readings published by source, the production detector chain run per
 * meter as a Kafka Streams topology, and its alerts on a topic the server records.
 */
@NullMarked
package org.headwater.streams;

import org.jspecify.annotations.NullMarked;
