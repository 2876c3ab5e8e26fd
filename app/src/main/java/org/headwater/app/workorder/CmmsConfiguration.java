package org.headwater.app.workorder;

import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.headwater.app.cmms.EamConnector;
import org.headwater.app.cmms.EamSettings;
import org.headwater.app.cmms.MaximoConnector;
import org.headwater.app.cmms.MaximoSettings;
import org.headwater.app.cmms.SimulatedMaximo;
import org.headwater.app.cmms.WebhookCmms;
import org.headwater.app.cmms.WebhookCmmsSettings;
import org.headwater.app.config.ClockSchedule;
import org.headwater.app.config.PollingLifecycle;
import org.headwater.app.config.WallClock;
import org.headwater.audit.AuditTrail;
import org.headwater.workorder.CmmsCursors;
import org.headwater.workorder.CmmsGateway;
import org.headwater.workorder.CmmsOutbox;
import org.headwater.workorder.RetryPolicy;
import org.headwater.workorder.WorkOrderDispatcher;
import org.headwater.workorder.WorkOrderStatusSync;
import org.headwater.workorder.WorkOrders;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The work-order outbox: approved orders sent to the configured CMMS and its status changes fetched back, each on
 * the server's schedule. With {@code headwater.cmms.kind=none} approved orders wait in Headwater.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CmmsProperties.class)
@ConditionalOnExpression("'${headwater.cmms.kind:none}' != 'none'")
class CmmsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CmmsConfiguration.class);
    private static final String DEMO_KEY = "demo-key";

    /** The labelled simulated CMMS, only for {@code simulated-maximo}: orders move WAPPR → APPR → INPRG → COMP. */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "headwater.cmms.kind", havingValue = "simulated-maximo")
    SimulatedMaximo simulatedMaximo(CmmsProperties properties) throws IOException {
        SimulatedMaximo simulated = SimulatedMaximo.start(0, DEMO_KEY);
        simulated.autoProgress(List.of("WAPPR", "APPR", "INPRG", "COMP"), properties.simulatedStep());
        log.info("Work orders go to a SIMULATED CMMS (Maximo-shaped) at {}: not a real Maximo", simulated.collection());
        return simulated;
    }

    @Bean
    CmmsGateway cmmsGateway(CmmsProperties p, ObjectProvider<SimulatedMaximo> simulated, WallClock wall) {
        Clock clock = wall.clock();
        return switch (p.kind()) {
            case "simulated-maximo" ->
                new MaximoConnector(
                        MaximoSettings.of(simulated.getObject().collection(), DEMO_KEY, "DEMO", "DEMO"), clock);
            case "maximo" ->
                new MaximoConnector(
                        MaximoSettings.of(
                                url(p, "Maximo's mxapiwodetail collection"), p.apiKey(), p.siteId(), p.orgId()),
                        clock);
            case "eam" ->
                new EamConnector(
                        EamSettings.of(url(p, "EAM's restservices"), p.tenant(), p.organization(), p.apiKey()), clock);
            case "webhook" -> new WebhookCmms(WebhookCmmsSettings.of(url(p, "the webhook"), p.secret()), clock);
            default ->
                throw new IllegalArgumentException("headwater.cmms.kind: '" + p.kind()
                        + "' is none of none, simulated-maximo, maximo, eam, webhook");
        };
    }

    @Bean
    WorkOrderDispatcher workOrderDispatcher(
            WorkOrders orders,
            CmmsGateway gateway,
            CmmsOutbox outbox,
            AuditTrail audit,
            WallClock wall,
            CmmsProperties p) {
        return new WorkOrderDispatcher(
                orders,
                gateway,
                outbox,
                audit,
                wall.clock(),
                new SecureRandom(),
                RetryPolicy.defaults(),
                p.parallelism());
    }

    @Bean
    WorkOrderStatusSync workOrderStatusSync(
            WorkOrders orders, CmmsGateway gateway, CmmsCursors cursors, AuditTrail audit, WallClock wall) {
        return new WorkOrderStatusSync(orders, gateway, cursors, audit, wall.clock());
    }

    // the outbox and the sync run on the wall clock: a CMMS lives in real time, also in the demo's replay
    @Bean
    PollingLifecycle cmmsDispatch(WorkOrderDispatcher dispatcher, CmmsProperties p, WallClock wall) {
        return new PollingLifecycle(
                new ClockSchedule(wall.clock()), "cmms-dispatch", p.dispatchEvery(), dispatcher::dispatchDue);
    }

    @Bean
    PollingLifecycle cmmsStatusSync(WorkOrderStatusSync sync, CmmsProperties p, WallClock wall) {
        return new PollingLifecycle(new ClockSchedule(wall.clock()), "cmms-sync", p.syncEvery(), () -> {
            WorkOrderStatusSync.SyncPass pass = sync.syncOnce();
            if (pass.error() != null) {
                log.warn("CMMS status sync stopped: {}", pass.error());
            }
        });
    }

    private static URI url(CmmsProperties p, String what) {
        @Nullable URI url = p.url();
        if (url == null) {
            throw new IllegalArgumentException("headwater.cmms.url: " + what + " URL is required for kind " + p.kind());
        }
        return url;
    }
}
