/** The hydraulic model of the current network in the server: what-if runs for operators and superintendents. */
package org.headwater.app.twin;
