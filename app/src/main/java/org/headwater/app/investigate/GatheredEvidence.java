package org.headwater.app.investigate;

import java.util.List;
import org.headwater.alert.Alert;
import org.headwater.investigate.EvidenceFacts;
import org.headwater.investigate.LikelyCause;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.Reading;
import org.headwater.workorder.WorkOrder;

/**
 * What the data review of figure 6-1 step 2 has to look at, gathered from the stores.
 *
 * @param meters the meters looked at: the alert's meter, or every meter of the premise a premise-level
 *     alert (backflow + tamper) is about
 * @param reads the meters' interval reads around the alert
 * @param alarms the meters' vendor alarms in the weeks before and the day after the alert
 * @param zoneAlerts other alerts in the zone around the alert
 * @param earlierAlertsAtSource earlier alerts at the same meters or premise (the tampering history among them),
 *     newest first
 * @param workNearby work orders in the zone or at the meters and premise, open or changed in the month before
 *     (including those synced back from the CMMS)
 * @param facts what {@link org.headwater.investigate.LikelyCauses} reasons from
 * @param likelyCauses suggested table 6-1 causes, each with its reasons
 */
public record GatheredEvidence(
        List<String> meters,
        List<Reading> reads,
        List<MeterEvent> alarms,
        List<Alert> zoneAlerts,
        List<Alert> earlierAlertsAtSource,
        List<WorkOrder> workNearby,
        EvidenceFacts facts,
        List<LikelyCause> likelyCauses) {}
