package com.consort.server.web;

import com.consort.server.accounts.OidcProperties;
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
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("oidcLabel", oidc.enabled() ? oidc.label() : null);
        model.addAttribute("oidcUrl", "/oauth2/authorization/" + OidcProperties.REGISTRATION_ID);
        return "login";
    }
}
