package org.headwater.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The integer key of each source id in the reading table ({@code reading_source}, ADR 0009), cached
 * for the life of the process: ids are never renumbered, so a cached id stays right. New names are
 * numbered in their own committed statement before any reading refers to them, so a rolled-back
 * append can never leave a cached id that the database does not hold.
 */
final class ReadingSources {

    private static final String NUMBER_NEW =
            "INSERT INTO reading_source (name) SELECT unnest(?::text[]) ON CONFLICT (name) DO NOTHING";
    private static final String LOOK_UP = "SELECT name, id FROM reading_source WHERE name = ANY (?::text[])";

    private final Map<String, Integer> ids = new ConcurrentHashMap<>();

    /**
     * Numbers the names not seen before; call on a connection in auto-commit mode.
     *
     * @return every given name's id
     */
    Map<String, Integer> idsOf(Connection connection, Collection<String> names) throws SQLException {
        Set<String> missing = new LinkedHashSet<>();
        for (String name : names) {
            if (!ids.containsKey(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            Array array = connection.createArrayOf("text", missing.toArray());
            try (PreparedStatement insert = connection.prepareStatement(NUMBER_NEW)) {
                insert.setArray(1, array);
                insert.executeUpdate();
            }
            load(connection, array);
        }
        return ids;
    }

    /** The names among {@code names} already numbered, by id; one look-up for those not cached. */
    Map<Integer, String> namesOfKnown(Connection connection, Collection<String> names) throws SQLException {
        List<String> uncached =
                names.stream().filter(name -> !ids.containsKey(name)).toList();
        if (!uncached.isEmpty()) {
            load(connection, connection.createArrayOf("text", uncached.toArray()));
        }
        Map<Integer, String> known = new HashMap<>();
        for (String name : names) {
            Integer id = ids.get(name);
            if (id != null) {
                known.put(id, name);
            }
        }
        return known;
    }

    /** The id of a name already numbered, or empty when no reading of it was ever stored. */
    OptionalInt idOf(Connection connection, String name) throws SQLException {
        Integer cached = ids.get(name);
        if (cached != null) {
            return OptionalInt.of(cached);
        }
        load(connection, connection.createArrayOf("text", new Object[] {name}));
        cached = ids.get(name);
        return cached == null ? OptionalInt.empty() : OptionalInt.of(cached);
    }

    private void load(Connection connection, Array names) throws SQLException {
        List<Map.Entry<String, Integer>> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(LOOK_UP)) {
            query.setArray(1, names);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(Map.entry(rows.getString(1), rows.getInt(2)));
                }
            }
        }
        found.forEach(e -> ids.put(e.getKey(), e.getValue()));
    }
}
