package org.headwater.app.investigate;

import org.headwater.investigate.Investigation;

/** Something that acts when an investigation reaches a new step (drafting the field visit at step 5). */
public interface InvestigationFollowUp {

    void moved(Investigation investigation);
}
