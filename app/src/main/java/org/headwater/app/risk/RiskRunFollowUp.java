package org.headwater.app.risk;

import org.headwater.risk.RiskRun;

/** Something that acts on a finished break-risk run (drafting inspection orders for its top pipes). */
public interface RiskRunFollowUp {

    void finished(RiskRun run);
}
