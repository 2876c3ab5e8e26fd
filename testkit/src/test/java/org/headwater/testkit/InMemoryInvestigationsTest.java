package org.headwater.testkit;

import org.headwater.investigate.Investigations;

/** The in-memory investigations pass the same contract as the PostgreSQL store. */
class InMemoryInvestigationsTest extends InvestigationsContract {

    private final InMemoryInvestigations investigations = new InMemoryInvestigations();

    @Override
    protected Investigations investigations() {
        return investigations;
    }
}
