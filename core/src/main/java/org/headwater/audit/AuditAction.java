package org.headwater.audit;

import java.util.Arrays;

/**
 * What happened, as a stable code: the code, not the constant name, is stored and hashed, so a
 * constant may be renamed but its code must never change.
 */
public enum AuditAction {
    LOGIN_SUCCEEDED("login.succeeded"),
    LOGIN_FAILED("login.failed"),
    LOGIN_THROTTLED("login.throttled"),
    ALERT_RAISED("alert.raised"),
    ALERT_CLEARED("alert.cleared"),
    ALERT_ACKNOWLEDGED("alert.acknowledged"),
    ALERT_ESCALATED("alert.escalated"),
    NOTIFICATION_SENT("notification.sent"),
    NOTIFICATION_FAILED("notification.failed"),
    INVESTIGATION_STEP("investigation.step"),
    THRESHOLD_CHANGED("threshold.changed"),
    NETWORK_IMPORTED("network.imported"),
    READS_IMPORTED("reads.imported"),
    DATA_EXPORTED("data.exported"),
    USER_CREATED("user.created"),
    USER_CHANGED("user.changed"),
    DELIVERY_REPLAYED("delivery.replayed"),
    WORK_ORDER_DRAFTED("workorder.drafted"),
    WORK_ORDER_EVIDENCE_ADDED("workorder.evidence-added"),
    WORK_ORDER_EDITED("workorder.edited"),
    WORK_ORDER_APPROVED("workorder.approved"),
    WORK_ORDER_REJECTED("workorder.rejected"),
    WORK_ORDER_CANCELLED("workorder.cancelled"),
    WORK_ORDER_SENT("workorder.sent"),
    WORK_ORDER_SEND_FAILED("workorder.send-failed"),
    WORK_ORDER_SYNCED("workorder.synced"),
    WORK_ORDER_ESCALATED("workorder.escalated"),
    WORK_ORDER_CMMS_UPDATED("workorder.cmms-updated"),
    WORK_ORDER_CMMS_CANCELLED("workorder.cmms-cancelled"),
    WORK_ORDER_CMMS_CHANGE_FAILED("workorder.cmms-change-failed");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    /** The stable code stored and hashed, e.g. {@code alert.acknowledged}. */
    public String code() {
        return code;
    }

    /** The action with this code; refuses an unknown code naming it. */
    public static AuditAction byCode(String code) {
        return Arrays.stream(values())
                .filter(a -> a.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown audit action code: '" + code + "'"));
    }
}
