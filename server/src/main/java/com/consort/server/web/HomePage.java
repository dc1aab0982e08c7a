package com.consort.server.web;

import com.consort.server.security.ConsortPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page: what Consort is, for visitors; a logged-in person goes on to their start page. */
@WebPage
class HomePage {

    @GetMapping("/")
    String home(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof ConsortPrincipal principal) {
            return "redirect:" + Navigation.startPage(principal.role());
        }
        return "web/home";
    }
}
