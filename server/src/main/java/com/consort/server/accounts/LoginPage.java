package com.consort.server.accounts;

import com.consort.server.web.WebPage;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.WebAttributes;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login form. What went wrong comes from whoever sent the person here: {@code ?error} (any failed
 * login, said the same way whether the user exists or not; a paused login, from {@link LoginThrottle},
 * says that the pause is temporary and when it ends), {@code ?logout}, {@code ?passwordChanged}.
 */
@WebPage
class LoginPage {

    private final OidcProperties oidc;

    LoginPage(OidcProperties oidc) {
        this.oidc = oidc;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            @RequestParam(required = false) String passwordChanged, HttpSession session, Model model) {
        model.addAttribute("failed", error != null);
        // the pause's message is the server's own (never taken from the query, which is anyone's to write)
        Object failure = error == null || session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        model.addAttribute("paused", failure instanceof LoginThrottle.Paused paused ? paused.getMessage() : null);
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("passwordChanged", passwordChanged != null);
        model.addAttribute("oidcLabel", oidc.enabled() ? oidc.label() : null);
        model.addAttribute("oidcUrl", "/oauth2/authorization/" + OidcProperties.REGISTRATION_ID);
        return "accounts/login";
    }
}
