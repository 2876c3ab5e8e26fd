package org.headwater.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.headwater.workorder.CmmsCursors;
import org.junit.jupiter.api.Test;

/** What every {@link CmmsCursors} implementation must do; extend it and supply the implementation. */
public abstract class CmmsCursorsContract {

    /** A fresh, empty store. */
    protected abstract CmmsCursors cursors();

    /** The same store as a restarted process would see it (the same backing data, a new object where possible). */
    protected abstract CmmsCursors reopened();

    @Test
    void aCmmsNeverSyncedHasNoCursor() {
        assertThat(cursors().find("maximo")).isEmpty();
    }

    @Test
    void theLastSavedCursorIsReadBackAfterARestart() {
        CmmsCursors cursors = cursors();
        cursors.save("maximo", "1001");
        cursors.save("maximo", "1042");

        assertThat(reopened().find("maximo")).contains("1042");
    }

    @Test
    void eachCmmsKeepsItsOwnCursor() {
        CmmsCursors cursors = cursors();
        cursors.save("maximo", "7");
        cursors.save("eam", "2025-03-04T05:06:07Z");

        assertThat(cursors.find("maximo")).contains("7");
        assertThat(cursors.find("eam")).contains("2025-03-04T05:06:07Z");
    }

    @Test
    void aBlankCursorIsRefused() {
        assertThatThrownBy(() -> cursors().save("maximo", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cursor");
    }
}
