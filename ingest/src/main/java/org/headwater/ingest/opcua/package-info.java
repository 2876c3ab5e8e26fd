/**
 * The OPC UA connector (Eclipse Milo client): subscriptions on the tags of a tag map, values to
 * readings at their source time, reconnection that re-creates the subscription and backfills the
 * gap with HistoryRead, and browsing to help build a tag map. Read-only: it never writes, calls
 * methods or updates history on a server.
 */
@NullMarked
package org.headwater.ingest.opcua;

import org.jspecify.annotations.NullMarked;
