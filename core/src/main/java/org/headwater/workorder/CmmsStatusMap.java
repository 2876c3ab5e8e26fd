package org.headwater.workorder;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The configured map between a CMMS's status codes and ours, e.g. Maximo's WAPPR, APPR, INPRG, WMATL, COMP, CLOSE,
 * CAN. A code the map does not know is refused naming it, never guessed.
 */
public record CmmsStatusMap(String cmms, Map<String, WorkOrderStatus> toOurs) {

    public CmmsStatusMap {
        if (toOurs.isEmpty()) {
            throw new IllegalArgumentException(cmms + " status map is empty");
        }
        toOurs = Collections.unmodifiableMap(new LinkedHashMap<>(toOurs));
    }

    /** Maximo's standard work-order statuses. */
    public static CmmsStatusMap maximoDefaults() {
        Map<String, WorkOrderStatus> map = new LinkedHashMap<>();
        map.put("WAPPR", WorkOrderStatus.ACKNOWLEDGED);
        map.put("APPR", WorkOrderStatus.ACKNOWLEDGED);
        map.put("WSCH", WorkOrderStatus.ACKNOWLEDGED);
        map.put("WMATL", WorkOrderStatus.IN_PROGRESS);
        map.put("INPRG", WorkOrderStatus.IN_PROGRESS);
        map.put("COMP", WorkOrderStatus.COMPLETED);
        map.put("CLOSE", WorkOrderStatus.CLOSED);
        map.put("CAN", WorkOrderStatus.CANCELLED);
        return new CmmsStatusMap("maximo", map);
    }

    /** HxGN EAM's standard work-order status codes. */
    public static CmmsStatusMap eamDefaults() {
        Map<String, WorkOrderStatus> map = new LinkedHashMap<>();
        map.put("R", WorkOrderStatus.ACKNOWLEDGED);
        map.put("A", WorkOrderStatus.ACKNOWLEDGED);
        map.put("Q", WorkOrderStatus.IN_PROGRESS);
        map.put("IP", WorkOrderStatus.IN_PROGRESS);
        map.put("C", WorkOrderStatus.COMPLETED);
        map.put("CL", WorkOrderStatus.CLOSED);
        map.put("CANC", WorkOrderStatus.CANCELLED);
        return new CmmsStatusMap("eam", map);
    }

    /** @throws UnknownCmmsStatus naming the code and the CMMS when the map has no entry */
    public WorkOrderStatus ours(String cmmsStatus) {
        WorkOrderStatus status = toOurs.get(cmmsStatus);
        if (status == null) {
            throw new UnknownCmmsStatus(cmms, cmmsStatus, toOurs.keySet());
        }
        return status;
    }

    /** The first code mapped to {@code ours}, for sending a status to the CMMS. */
    public Optional<String> theirs(WorkOrderStatus ours) {
        return toOurs.entrySet().stream()
                .filter(e -> e.getValue() == ours)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /**
     * The code to send the CMMS for {@code ours}.
     *
     * @throws CmmsGateway.CmmsRejected naming the map when no code maps to it
     */
    public String codeFor(WorkOrderStatus ours) throws CmmsGateway.CmmsRejected {
        return theirs(ours)
                .orElseThrow(
                        () -> new CmmsGateway.CmmsRejected("the " + cmms + " status map names no code for " + ours));
    }

    /** A status code the configured map does not know. */
    public static final class UnknownCmmsStatus extends IllegalArgumentException {
        public UnknownCmmsStatus(String cmms, String code, java.util.Set<String> known) {
            super("status: " + cmms + " reported status '" + code + "', which the status map does not know; known: "
                    + known);
        }
    }
}
