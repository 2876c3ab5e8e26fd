package org.headwater.app.security;

/** Roles of the people who use Headwater (EPA table 6-3 and the product's user table). */
public enum Role {
    ADMINISTRATOR,
    AMI_MANAGER,
    CONTROL_CENTER_OPERATOR,
    WATER_QUALITY_SUPERVISOR,
    CUSTOMER_SERVICE,
    METER_TECHNICIAN,
    DISTRIBUTION_SUPERINTENDENT,
    COMPLIANCE_OFFICER,
    PUBLIC_HEALTH,
    LAW_ENFORCEMENT,
    /**
     * A machine account for connectors that push reads (AMI headend exports, middleware). Kept apart from
     * {@link #ADMINISTRATOR} so a credential stored in an integration system cannot change users or thresholds.
     */
    DATA_INTEGRATION;

    /** The Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
