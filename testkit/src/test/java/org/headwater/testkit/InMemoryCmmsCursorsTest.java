package org.headwater.testkit;

import org.headwater.workorder.CmmsCursors;

class InMemoryCmmsCursorsTest extends CmmsCursorsContract {

    private final InMemoryCmmsCursors cursors = new InMemoryCmmsCursors();

    @Override
    protected CmmsCursors cursors() {
        return cursors;
    }

    @Override
    protected CmmsCursors reopened() {
        // in memory the process is the store: the same object stands for the restarted one
        return cursors;
    }
}
