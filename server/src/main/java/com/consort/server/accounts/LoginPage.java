package com.consort.server.accounts;

import com.consort.server.web.WebPage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login form. What went wrong comes in the query, set by whoever sent the person here: {@code ?error}
 * (any failed login, said the same way whether the user exists or not), {@code ?locked} or
 * {@code ?locked=<minutes>} (logins for this username are paused for a while), {@code ?logout}.
 */
@WebPage
class LoginPage {

    private final OidcProperties oidc;

    LoginPage(OidcProperties oidc) {
        this.oidc = oidc;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
            @RequestParam(required = false) String logout, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("locked", locked != null);
        model.addAttribute("lockedMinutes", minutes(locked));
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("oidcLabel", oidc.enabled() ? oidc.label() : null);
        model.addAttribute("oidcUrl", "/oauth2/authorization/" + OidcProperties.REGISTRATION_ID);
        return "accounts/login";
    }

    /** A whole number of minutes, or null: the query is anyone's to write, so nothing else is shown. */
    private static Integer minutes(String locked) {
        if (locked == null || !locked.matches("[0-9]{1,4}")) {
            return null;
        }
        return Integer.valueOf(locked);
    }
}
