/** Signing and verifying webhook bodies (HMAC-SHA256 over timestamp and body), shared by notifications and the CMMS webhook. */
package org.headwater.app.webhook;
