package org.headwater.app.api;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is signed in and with which roles: the dashboard shows each user the screens of their roles. */
@RestController
@RequestMapping("/api/v1/me")
class MeController {

    record SignedInUser(String username, List<String> roles) {}

    @GetMapping
    SignedInUser me(Authentication authentication) {
        List<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .sorted()
                .toList();
        return new SignedInUser(authentication.getName(), roles);
    }
}
