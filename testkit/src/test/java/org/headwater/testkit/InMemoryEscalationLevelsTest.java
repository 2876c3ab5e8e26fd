package org.headwater.testkit;

import org.headwater.workorder.EscalationLevels;

class InMemoryEscalationLevelsTest extends EscalationLevelsContract {

    private final InMemoryEscalationLevels levels = new InMemoryEscalationLevels();

    @Override
    protected EscalationLevels levels() {
        return levels;
    }

    @Override
    protected EscalationLevels reopened() {
        return levels;
    }
}
