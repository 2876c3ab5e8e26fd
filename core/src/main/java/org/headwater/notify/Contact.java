package org.headwater.notify;

import java.util.Objects;

/**
 * One way to reach a person who holds a role. The address is personal data: it is kept in its own
 * table and never written to logs or the audit trail, which name the contact by {@code id}.
 *
 * @param id stable identifier, safe to log
 * @param role the role the person holds, e.g. {@code AMI_MANAGER}
 * @param channel how to reach them
 * @param address e-mail address, phone number or webhook URL
 */
public record Contact(String id, String role, Channel channel, String address) {
    public Contact {
        Objects.requireNonNull(channel, "channel");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("contact id must not be blank");
        }
        if (role == null || role.isBlank()) {
            throw new IllegalArgumentException("contact " + id + ": role must not be blank");
        }
        if (address == null || (address.isBlank() && channel != Channel.DASHBOARD)) {
            throw new IllegalArgumentException("contact " + id + ": address must not be blank for " + channel);
        }
    }

    @Override
    public String toString() {
        return "Contact[" + id + ", " + role + ", " + channel + "]"; // the address stays out of logs
    }
}
