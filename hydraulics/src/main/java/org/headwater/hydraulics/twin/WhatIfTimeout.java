package org.headwater.hydraulics.twin;

/** A what-if run stopped because it took longer than its time budget. */
public final class WhatIfTimeout extends RuntimeException {

    public WhatIfTimeout(String message) {
        super(message);
    }
}
