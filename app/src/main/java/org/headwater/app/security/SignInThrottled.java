package org.headwater.app.security;

import java.time.Duration;

/**
 * A sign-in attempt refused because too many sign-ins failed recently.
 *
 * @param account the user name tried
 * @param client the client address the attempt came from
 * @param scope which limit refused it
 * @param retryAfter how long the client was told to wait
 */
public record SignInThrottled(String account, String client, SignInThrottle.Scope scope, Duration retryAfter) {}
