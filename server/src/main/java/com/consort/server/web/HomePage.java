package com.consort.server.web;

import com.consort.server.config.ConsortProperties;
import com.consort.server.security.ConsortPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page: what Consort is, for visitors; a logged-in person goes on to their start page. */
@WebPage
class HomePage {

    private final ConsortProperties properties;

    HomePage(ConsortProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        if (authentication != null && authentication.getPrincipal() instanceof ConsortPrincipal principal) {
            return "redirect:" + Navigation.startPage(principal.role());
        }
        model.addAttribute("mode", properties.mode());
        return "web/home";
    }
}
