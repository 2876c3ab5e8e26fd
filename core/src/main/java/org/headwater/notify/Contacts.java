package org.headwater.notify;

import java.util.List;
import java.util.Optional;

/** The contact book: personal data, stored apart from notifications, which refer to it by id. */
public interface Contacts {

    /** Adds or replaces the contact with this id. */
    void save(Contact contact);

    Optional<Contact> byId(String id);

    /** Everyone reachable in this role, on any channel. */
    List<Contact> byRole(String role);
}
