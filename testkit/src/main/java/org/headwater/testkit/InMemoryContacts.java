package org.headwater.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.headwater.notify.Contact;
import org.headwater.notify.Contacts;

/** {@link Contacts} held in memory. */
public final class InMemoryContacts implements Contacts {

    private final Map<String, Contact> contacts = new LinkedHashMap<>();

    @Override
    public synchronized void save(Contact contact) {
        contacts.put(contact.id(), contact);
    }

    @Override
    public synchronized Optional<Contact> byId(String id) {
        return Optional.ofNullable(contacts.get(id));
    }

    @Override
    public synchronized List<Contact> byRole(String role) {
        return contacts.values().stream().filter(c -> c.role().equals(role)).toList();
    }
}
