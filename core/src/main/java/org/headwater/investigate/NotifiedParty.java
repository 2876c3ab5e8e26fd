package org.headwater.investigate;

import java.util.EnumSet;
import java.util.Set;
import org.headwater.alert.AlertType;

/**
 * Who must be told when contamination is suspected (EPA figure 6-1 step 9, section 6.1 "Resolution",
 * table 6-2 "Resolution" and table 6-3).
 */
public enum NotifiedParty {
    /** "the SRS manager is notified" whenever potential contamination is concluded (section 6.1 Resolution). */
    SRS_MANAGER,
    /** "Consult with public health officials if necessary" for backflow (table 6-2 Resolution). */
    PUBLIC_HEALTH,
    /** "Consult with law enforcement if necessary" for tampering (table 6-2 Resolution). */
    LAW_ENFORCEMENT;

    /** The parties to notify when an investigation of {@code type} escalates to Water Contamination Response. */
    public static Set<NotifiedParty> forEscalation(AlertType type) {
        Set<NotifiedParty> parties = EnumSet.of(SRS_MANAGER);
        if (type == AlertType.BACKFLOW || type == AlertType.BACKFLOW_AND_TAMPER) {
            parties.add(PUBLIC_HEALTH);
        }
        if (type.family() == AlertType.Family.TAMPER) {
            parties.add(LAW_ENFORCEMENT);
        }
        return parties;
    }
}
