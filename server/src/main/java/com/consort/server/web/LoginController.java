package com.consort.server.web;

import com.consort.server.accounts.LoginThrottle;
import com.consort.server.accounts.OidcProperties;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@WebPage
class LoginController {

    private final OidcProperties oidc;

    LoginController(OidcProperties oidc) {
        this.oidc = oidc;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            @RequestParam(required = false) String passwordChanged, HttpSession session, Model model) {
        model.addAttribute("failed", error != null);
        // a paused login says so, and when the pause ends (LoginThrottle); any other failure stays generic
        Object failure = error == null || session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        model.addAttribute("paused", failure instanceof LoginThrottle.Paused paused ? paused.getMessage() : null);
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("passwordChanged", passwordChanged != null);
        model.addAttribute("oidcLabel", oidc.enabled() ? oidc.label() : null);
        model.addAttribute("oidcUrl", "/oauth2/authorization/" + OidcProperties.REGISTRATION_ID);
        return "login";
    }
}
