/** The utility's network as one entity graph: zones, links, nodes, premises, meters, sensors and their relations. */
@NullMarked
package org.headwater.network;

import org.jspecify.annotations.NullMarked;
