package org.headwater.app.security;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the sign-in page says about the administrator's password; readable before signing in. */
@RestController
class SignInNoticeController {

    private final AdminAccountInitializer admin;

    SignInNoticeController(AdminAccountInitializer admin) {
        this.admin = admin;
    }

    /**
     * @param adminPassword where the admin password came from
     * @param notice the sentence the sign-in page shows
     */
    record SignInNotice(AdminPasswordOrigin adminPassword, String notice) {}

    @GetMapping("/api/v1/sign-in/notice")
    SignInNotice notice() {
        AdminPasswordOrigin origin = admin.passwordOrigin();
        return new SignInNotice(origin, origin.notice());
    }
}
