/** Notification and escalation at the edge: channel senders, the listener for raised and acknowledged alerts, the escalation loop (EPA 5.2, table 6-3). */
package org.headwater.app.notify;
