package org.headwater.app.security;

import static org.headwater.app.security.Role.ADMINISTRATOR;
import static org.headwater.app.security.Role.AMI_MANAGER;
import static org.headwater.app.security.Role.COMPLIANCE_OFFICER;
import static org.headwater.app.security.Role.CONTROL_CENTER_OPERATOR;
import static org.headwater.app.security.Role.CUSTOMER_SERVICE;
import static org.headwater.app.security.Role.DATA_INTEGRATION;
import static org.headwater.app.security.Role.DISTRIBUTION_SUPERINTENDENT;
import static org.headwater.app.security.Role.LAW_ENFORCEMENT;
import static org.headwater.app.security.Role.METER_TECHNICIAN;
import static org.headwater.app.security.Role.PUBLIC_HEALTH;
import static org.headwater.app.security.Role.WATER_QUALITY_SUPERVISOR;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.headwater.app.security.AccessRule.Access;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The one list of who may call which endpoint, following the user table of the product description and
 * EPA table 6-3. The security filter chain is built from it and the authorisation matrix test walks it;
 * the first matching rule decides and anything not listed is denied.
 */
public final class AccessPolicy {

    /** People of the utility who read its operational data (external parties and machine accounts excluded). */
    static final Set<Role> STAFF = EnumSet.of(
            ADMINISTRATOR,
            AMI_MANAGER,
            CONTROL_CENTER_OPERATOR,
            WATER_QUALITY_SUPERVISOR,
            CUSTOMER_SERVICE,
            METER_TECHNICIAN,
            DISTRIBUTION_SUPERINTENDENT,
            COMPLIANCE_OFFICER);

    /** Those who act on alerts and run investigations (table 6-3: AMI manager, operator after hours, SRS manager). */
    static final Set<Role> INVESTIGATORS =
            EnumSet.of(ADMINISTRATOR, AMI_MANAGER, CONTROL_CENTER_OPERATOR, WATER_QUALITY_SUPERVISOR);

    /** Public health and law enforcement are called into incidents and only ever read them. */
    static final Set<Role> EXTERNAL = EnumSet.of(PUBLIC_HEALTH, LAW_ENFORCEMENT);

    /** Figure 6-1 steps done in the field, where the meter technician works alongside the investigators. */
    static final List<String> FIELD_STEPS = List.of("INSPECT_ON_SITE", "SIGNS_OF_CONTAMINATION", "DETERMINE_CAUSE");

    /** Endpoints authenticated by a signature over the body, not by a session or credentials. */
    public static final String SIGNED_CALLBACKS = "/api/v1/work-orders/callbacks/webhook";

    private static final List<AccessRule> RULES = build();

    private AccessPolicy() {}

    public static List<AccessRule> rules() {
        return RULES;
    }

    private static List<AccessRule> build() {
        List<AccessRule> rules = new ArrayList<>();
        // Start page, login and error rendering must work before anyone has signed in.
        open(rules, GET, "/", "/index.html");
        // The dashboard's pages and assets hold no data; every figure on them comes from the API below.
        open(
                rules,
                GET,
                "/investigations.html",
                "/meter.html",
                "/thresholds.html",
                "/sources.html",
                "/map.html",
                "/work-orders.html",
                "/what-if.html",
                "/login.html",
                "/css/**",
                "/js/**",
                "/webjars/**",
                "/favicon.ico",
                "/favicon.svg");
        open(rules, null, "/login", "/logout", "/error");
        // Where the admin password came from: the sign-in page says it before anyone has signed in.
        open(rules, GET, "/api/v1/sign-in/notice");
        open(rules, GET, "/actuator/health", "/actuator/health/**");
        roles(rules, null, Set.of(ADMINISTRATOR), "/actuator/**");
        rules.add(new AccessRule(
                GET,
                List.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"),
                Access.AUTHENTICATED,
                Set.of()));

        rules.add(new AccessRule(GET, List.of("/api/v1/me"), Access.AUTHENTICATED, Set.of()));
        roles(
                rules,
                GET,
                STAFF,
                "/api/v1/network/summary",
                "/api/v1/network/elements",
                "/api/v1/network/elements/{id}");
        roles(rules, GET, STAFF, "/api/v1/overview/alerts-per-day", "/api/v1/overview/consumption");
        roles(rules, GET, STAFF, "/api/v1/map/network", "/api/v1/map/meters", "/api/v1/map/settings");
        roles(
                rules,
                GET,
                STAFF,
                "/api/v1/meters",
                "/api/v1/meters/{id}",
                "/api/v1/meters/{id}/reads",
                "/api/v1/meters/{id}/events");
        roles(rules, GET, STAFF, "/api/v1/meters/{id}/read-success-rate");
        roles(rules, GET, plus(STAFF, DATA_INTEGRATION), "/api/v1/read-success-rate");
        roles(rules, GET, plus(STAFF, DATA_INTEGRATION), "/api/v1/sources");
        roles(
                rules,
                GET,
                EnumSet.of(ADMINISTRATOR, AMI_MANAGER, CONTROL_CENTER_OPERATOR, COMPLIANCE_OFFICER, DATA_INTEGRATION),
                "/api/v1/quarantine");
        roles(rules, POST, EnumSet.of(ADMINISTRATOR, DATA_INTEGRATION), "/api/v1/ingest/reads");

        roles(
                rules,
                GET,
                STAFF,
                "/api/v1/alerts",
                "/api/v1/alerts/summary",
                "/api/v1/alerts/stream",
                "/api/v1/alerts/{source}/{type}/{time}");
        roles(rules, POST, INVESTIGATORS, "/api/v1/alerts/{source}/{type}/{time}/acknowledge");
        roles(rules, GET, plus(STAFF, EXTERNAL), "/api/v1/incidents", "/api/v1/incidents/{id}");

        roles(rules, GET, STAFF, "/api/v1/thresholds", "/api/v1/thresholds/changes");
        roles(rules, PUT, EnumSet.of(ADMINISTRATOR, AMI_MANAGER), "/api/v1/thresholds");
        roles(rules, GET, STAFF, "/api/v1/forecasts/dma/{id}");
        roles(rules, GET, STAFF, "/api/v1/risk/pipes", "/api/v1/risk/pipes.csv", "/api/v1/risk/runs");
        roles(rules, POST, EnumSet.of(ADMINISTRATOR, DISTRIBUTION_SUPERINTENDENT), "/api/v1/risk/runs");
        roles(rules, GET, EnumSet.of(ADMINISTRATOR, COMPLIANCE_OFFICER), "/api/v1/audit", "/api/v1/audit/verify");

        roles(rules, POST, INVESTIGATORS, "/api/v1/investigations");
        roles(
                rules,
                POST,
                plus(INVESTIGATORS, METER_TECHNICIAN),
                FIELD_STEPS.stream()
                        .map(step -> "/api/v1/investigations/{id}/steps/" + step)
                        .toArray(String[]::new));
        roles(rules, POST, INVESTIGATORS, "/api/v1/investigations/{id}/steps/{step}");
        // Listed before "{id}" so these names are not read as an investigation id.
        roles(rules, GET, STAFF, "/api/v1/investigations/records.csv", "/api/v1/investigations/analytics");
        roles(rules, GET, STAFF, "/api/v1/investigations/records");
        roles(rules, GET, plus(STAFF, EXTERNAL), "/api/v1/investigations", "/api/v1/investigations/{id}");
        roles(rules, GET, STAFF, "/api/v1/causes", "/api/v1/checklists/{alertType}");
        roles(rules, GET, STAFF, "/api/v1/demo/injected-events");

        // A CMMS's status callbacks carry no session: the HMAC signature is checked by the endpoint itself.
        // Listed before "{id}/{decision}", which the path would otherwise match.
        open(rules, POST, SIGNED_CALLBACKS);
        // Work orders: staff read the queue; the desk checks per order who may decide (approver role by type).
        roles(rules, GET, STAFF, "/api/v1/work-orders", "/api/v1/work-orders/overdue", "/api/v1/work-orders/{id}");
        roles(rules, POST, STAFF, "/api/v1/work-orders/approve-all", "/api/v1/work-orders/{id}/{decision}");
        roles(rules, PUT, STAFF, "/api/v1/work-orders/{id}");
        roles(
                rules,
                POST,
                EnumSet.of(ADMINISTRATOR, DISTRIBUTION_SUPERINTENDENT),
                "/api/v1/risk/runs/{runId}/work-orders");

        // What-if runs simulate only (nothing reaches a control system); those who run the network ask them.
        roles(
                rules,
                POST,
                EnumSet.of(ADMINISTRATOR, CONTROL_CENTER_OPERATOR, DISTRIBUTION_SUPERINTENDENT),
                "/api/v1/what-if");

        roles(rules, GET, INVESTIGATORS, "/api/v1/notifications", "/api/v1/notifications/**");
        roles(rules, null, Set.of(ADMINISTRATOR), "/api/v1/notifications", "/api/v1/notifications/**");
        roles(rules, null, Set.of(ADMINISTRATOR), "/api/v1/admin/**");

        roles(rules, GET, EnumSet.of(ADMINISTRATOR, COMPLIANCE_OFFICER), "/api/v1/users");
        roles(rules, POST, Set.of(ADMINISTRATOR), "/api/v1/users", "/api/v1/users/{name}/disable");
        roles(rules, PUT, Set.of(ADMINISTRATOR), "/api/v1/users/{name}/roles");
        return Collections.unmodifiableList(rules);
    }

    /** The rule that decides a request, as the filter chain would pick it; empty means denied by default. */
    public static Optional<AccessRule> ruleFor(HttpMethod method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return rules().stream()
                .filter(rule -> rule.method() == null || rule.method().equals(method))
                .filter(rule -> rule.patterns().stream()
                        .anyMatch(pattern ->
                                PathPatternParser.defaultInstance.parse(pattern).matches(container)))
                .findFirst();
    }

    private static void open(List<AccessRule> rules, @Nullable HttpMethod method, String... patterns) {
        rules.add(new AccessRule(method, List.of(patterns), Access.PUBLIC, Set.of()));
    }

    private static void roles(
            List<AccessRule> rules, @Nullable HttpMethod method, Set<Role> roles, String... patterns) {
        rules.add(new AccessRule(method, List.of(patterns), Access.ROLES, roles));
    }

    private static Set<Role> plus(Set<Role> roles, Role... more) {
        EnumSet<Role> union = EnumSet.copyOf(roles);
        union.addAll(List.of(more));
        return union;
    }

    private static Set<Role> plus(Set<Role> roles, Set<Role> more) {
        EnumSet<Role> union = EnumSet.copyOf(roles);
        union.addAll(more);
        return union;
    }
}
