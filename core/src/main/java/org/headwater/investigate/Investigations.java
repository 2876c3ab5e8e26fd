package org.headwater.investigate;

import java.util.List;
import java.util.Optional;

/** The investigations so far, open and concluded; implemented by the store. */
public interface Investigations {

    /** Inserts or replaces the investigation of the same id: each move is saved in place. */
    void save(Investigation investigation);

    Optional<Investigation> find(String id);

    /** Investigations of the incident {@code id}, or holding the alert {@code id}, oldest alert first. */
    List<Investigation> about(String incidentOrAlertId);

    /** Investigations matching {@code query}, oldest alert first. */
    List<Investigation> list(InvestigationQuery query);
}
