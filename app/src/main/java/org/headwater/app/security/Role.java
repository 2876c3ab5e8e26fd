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
    LAW_ENFORCEMENT;

    /** The Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
