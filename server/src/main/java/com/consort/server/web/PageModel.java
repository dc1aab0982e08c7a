package com.consort.server.web;

import com.consort.server.security.ConsortPrincipal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page template can use: {@code csrf} (for forms and for the header page scripts send with
 * their API calls) and {@code me} (the logged-in user, or null). Only for {@link WebPage} controllers,
 * so JSON calls never create a session for a CSRF token.
 */
@ControllerAdvice(annotations = WebPage.class)
class PageModel {

    @ModelAttribute("csrf")
    CsrfToken csrf(CsrfToken token) {
        return token;
    }

    @ModelAttribute("me")
    Map<String, String> me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ConsortPrincipal principal) {
            // a map, not a record: templates read it as me.name, me.role, me.partnerId
            Map<String, String> me = new HashMap<>();
            me.put("name", principal.displayName());
            me.put("role", principal.role().name());
            me.put("partnerId", principal.partnerId());
            me.put("subject", principal.subject());
            return me;
        }
        return null;
    }
}
