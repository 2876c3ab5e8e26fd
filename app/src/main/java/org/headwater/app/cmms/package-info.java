/**
 * Connectors to the utility's CMMS/EAM behind the core {@code CmmsGateway} port (generic signed webhook, IBM
 * Maximo-shaped JSON API, HxGN EAM-shaped REST), plain Java over {@code java.net.http}, and a simulated Maximo for the
 * demo, the bench and the tests. See docs/work-orders-connectors.md and ADR 0024.
 */
package org.headwater.app.cmms;
