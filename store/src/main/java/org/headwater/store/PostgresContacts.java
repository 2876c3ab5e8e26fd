package org.headwater.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.headwater.notify.Channel;
import org.headwater.notify.Contact;
import org.headwater.notify.Contacts;

/** The contact book in its own table, apart from everything else, because it holds personal data. */
public final class PostgresContacts implements Contacts {

    private final DataSource dataSource;

    public PostgresContacts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void save(Contact contact) {
        String sql = "INSERT INTO notification_contact (id, role, channel, address) VALUES (?,?,?,?)"
                + " ON CONFLICT (id) DO UPDATE SET role = excluded.role, channel = excluded.channel,"
                + " address = excluded.address";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, contact.id());
            statement.setString(2, contact.role());
            statement.setString(3, contact.channel().name());
            statement.setString(4, contact.address());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("saving contact " + contact.id(), e);
        }
    }

    @Override
    public Optional<Contact> byId(String id) {
        return query("SELECT id, role, channel, address FROM notification_contact WHERE id = ?", id).stream()
                .findFirst();
    }

    @Override
    public List<Contact> byRole(String role) {
        return query("SELECT id, role, channel, address FROM notification_contact WHERE role = ? ORDER BY id", role);
    }

    private List<Contact> query(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            List<Contact> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new Contact(
                            rows.getString(1),
                            rows.getString(2),
                            Channel.valueOf(rows.getString(3)),
                            rows.getString(4)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("reading contacts", e); // the parameter may be an id; addresses never appear here
        }
    }
}
