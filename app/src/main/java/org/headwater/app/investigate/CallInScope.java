package org.headwater.app.investigate;

import java.util.EnumSet;
import java.util.Set;
import org.headwater.investigate.Conclusion;
import org.headwater.investigate.Investigation;
import org.headwater.investigate.NotifiedParty;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * What an outside agency called into a Water Contamination Response may read (EPA table 6-2 "Resolution"):
 * public health the escalated backflow investigations, law enforcement the escalated tamper ones, each
 * with its incident, and nothing else. Staff read everything; a user with both kinds of role is staff.
 */
public record CallInScope(boolean staff, Set<NotifiedParty> parties) {

    private static final Set<String> EXTERNAL = Set.of("ROLE_PUBLIC_HEALTH", "ROLE_LAW_ENFORCEMENT");

    public static CallInScope of(Authentication caller) {
        Set<NotifiedParty> parties = EnumSet.noneOf(NotifiedParty.class);
        boolean staff = false;
        for (GrantedAuthority authority : caller.getAuthorities()) {
            String name = authority.getAuthority();
            switch (name) {
                case "ROLE_PUBLIC_HEALTH" -> parties.add(NotifiedParty.PUBLIC_HEALTH);
                case "ROLE_LAW_ENFORCEMENT" -> parties.add(NotifiedParty.LAW_ENFORCEMENT);
                default -> staff |= name.startsWith("ROLE_") && !EXTERNAL.contains(name);
            }
        }
        return new CallInScope(staff, Set.copyOf(parties));
    }

    /** Whether the caller may see this investigation at all. */
    public boolean mayRead(Investigation investigation) {
        if (staff) {
            return true;
        }
        return investigation.conclusion() instanceof Conclusion.Escalated escalated
                && escalated.notified().stream().anyMatch(parties::contains);
    }
}
