package org.headwater.app.workorder;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code headwater.cmms.*}: where approved work orders are sent.
 *
 * @param kind {@code none} (orders stay approved in Headwater), {@code simulated-maximo} (a labelled simulated CMMS
 *     inside the server, for the demo), {@code maximo}, {@code eam} or {@code webhook}
 * @param url Maximo's MXAPIWODETAIL collection URL, EAM's {@code .../axis/restservices} URL, or the webhook URL
 * @param apiKey Maximo's {@code apikey} or EAM's API key
 * @param siteId Maximo {@code siteid}
 * @param orgId Maximo {@code orgid}
 * @param tenant EAM {@code tenant} header
 * @param organization EAM {@code organization} header
 * @param secret the webhook's HMAC-SHA256 secret
 * @param dispatchEvery how often approved orders are sent
 * @param parallelism how many orders the outbox sends at the same time
 * @param syncEvery how often the CMMS's status changes are fetched
 * @param simulatedStep how long the simulated CMMS keeps an order in each status before moving it on
 */
@ConfigurationProperties("headwater.cmms")
public record CmmsProperties(
        @DefaultValue("none") String kind,
        @Nullable URI url,
        @DefaultValue("") String apiKey,
        @DefaultValue("") String siteId,
        @DefaultValue("") String orgId,
        @DefaultValue("") String tenant,
        @DefaultValue("") String organization,
        @DefaultValue("") String secret,
        @DefaultValue("PT2S") Duration dispatchEvery,
        @DefaultValue("16") int parallelism,
        @DefaultValue("PT10S") Duration syncEvery,
        @DefaultValue("PT30S") Duration simulatedStep) {}
