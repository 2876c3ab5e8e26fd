package org.headwater.app.workorder;

import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.headwater.alert.Alerts;
import org.headwater.alert.Incidents;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.app.config.WallClock;
import org.headwater.app.delivery.DeliveryConsumer;
import org.headwater.app.investigate.InvestigationFollowUp;
import org.headwater.app.risk.RiskRunFollowUp;
import org.headwater.app.security.UserAccounts;
import org.headwater.audit.AuditTrail;
import org.headwater.investigate.Checklists;
import org.headwater.risk.RiskRuns;
import org.headwater.store.PostgresCmmsCursors;
import org.headwater.store.PostgresCmmsOutbox;
import org.headwater.store.PostgresEscalationLevels;
import org.headwater.store.PostgresWorkOrders;
import org.headwater.workorder.ApprovalRoutes;
import org.headwater.workorder.CmmsCursors;
import org.headwater.workorder.CmmsOutbox;
import org.headwater.workorder.EscalationLevels;
import org.headwater.workorder.FieldVisitRule;
import org.headwater.workorder.WorkOrderDesk;
import org.headwater.workorder.WorkOrderDrafter;
import org.headwater.workorder.WorkOrders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Work orders: the store, drafting on the delivery path and after investigations and risk runs, the desk. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkOrderProperties.class)
class WorkOrderConfiguration {

    @Bean
    WorkOrders workOrders(DataSource dataSource) {
        return new PostgresWorkOrders(dataSource);
    }

    @Bean
    CmmsCursors cmmsCursors(DataSource dataSource, WallClock clock) {
        return new PostgresCmmsCursors(dataSource, clock.clock());
    }

    @Bean
    EscalationLevels escalationLevels(DataSource dataSource, WallClock clock) {
        return new PostgresEscalationLevels(dataSource, clock.clock());
    }

    @Bean
    CmmsOutbox cmmsOutbox(DataSource dataSource) {
        return new PostgresCmmsOutbox(dataSource);
    }

    @Bean
    WorkOrderSettings workOrderSettings(WorkOrderProperties properties) {
        return WorkOrderSettings.from(properties);
    }

    @Bean
    ApprovalRoutes approvalRoutes(WorkOrderSettings settings) {
        return settings.routes();
    }

    /** Drafting is a system action recorded on the wall clock, like every other entry of the audit trail. */
    @Bean
    WorkOrderDrafter workOrderDrafter(
            WorkOrders orders, WorkOrderSettings settings, AuditTrail audit, WallClock clock) {
        return new WorkOrderDrafter(orders, settings.governance(), audit, clock.clock());
    }

    @Bean
    WorkOrderDesk workOrderDesk(
            WorkOrders orders,
            CmmsOutbox outbox,
            ApprovalRoutes routes,
            UserAccounts accounts,
            AuditTrail audit,
            WallClock clock) {
        return new WorkOrderDesk(orders, outbox, routes, user -> rolesOf(accounts, user), audit, clock.clock());
    }

    @Bean
    @ConditionalOnProperty(name = "headwater.work-orders.enabled", havingValue = "true", matchIfMissing = true)
    DeliveryConsumer workOrderDrafting(WorkOrderDrafter drafter, Incidents incidents, Alerts alerts) {
        return new WorkOrderDrafting(drafter, incidents, alerts);
    }

    @Bean
    RiskRunDrafting riskRunDrafting(
            WorkOrderDrafter drafter, RiskRuns runs, CurrentNetwork network, WorkOrderSettings settings) {
        return new RiskRunDrafting(drafter, runs, network, settings.riskTopPipes());
    }

    @Bean
    @ConditionalOnProperty(name = "headwater.work-orders.enabled", havingValue = "true", matchIfMissing = true)
    RiskRunFollowUp riskRunWorkOrders(RiskRunDrafting drafting) {
        return drafting::draft;
    }

    @Bean
    @ConditionalOnProperty(name = "headwater.work-orders.enabled", havingValue = "true", matchIfMissing = true)
    InvestigationFollowUp fieldVisitWorkOrders(WorkOrderDrafter drafter, Checklists checklists) {
        FieldVisitRule rule = new FieldVisitRule(checklists);
        return investigation -> rule.draft(investigation).ifPresent(drafter::submit);
    }

    private static Set<String> rolesOf(UserAccounts accounts, String user) {
        return accounts.list().stream()
                .filter(a -> a.username().equals(user) && a.enabled())
                .flatMap(a -> a.roles().stream())
                .map(Enum::name)
                .collect(Collectors.toSet());
    }
}
