/** Importers that turn EPANET models, asset-register CSV files and GeoJSON features into the network graph. */
@NullMarked
package org.headwater.ingest.network;

import org.jspecify.annotations.NullMarked;
