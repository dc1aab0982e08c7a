package com.consort.server.web;

import com.consort.server.config.ConsortProperties;
import com.consort.server.security.ConsortPrincipal;
import com.consort.server.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout ({@code web/layout.ftlh}) needs on every page: {@code csrf} (for forms, and for the
 * meta tags whose token the shared page script sends with every API write), {@code me} (the logged-in
 * person, or absent), {@code nav} (their header links, the current one marked), {@code path} and
 * {@code mode} (who writes answers and drafts: "offline" or "llm"). Only
 * for {@link WebPage} controllers, so JSON calls never create a session for a CSRF token; error pages
 * get the same from {@link ErrorPages}.
 */
@ControllerAdvice(annotations = WebPage.class)
class PageModel {

    private final ConsortProperties properties;

    PageModel(ConsortProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute
    void layout(HttpServletRequest request, Model model) {
        model.addAllAttributes(of(request));
    }

    Map<String, Object> of(HttpServletRequest request) {
        Map<String, Object> model = new HashMap<>();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        model.put("path", path);
        model.put("mode", properties.mode());
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
            model.put("csrf", csrf);
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ConsortPrincipal principal) {
            // a map, not a record: templates read it as me.name, me.role, me.partnerId
            Map<String, String> me = new HashMap<>();
            me.put("name", principal.displayName());
            me.put("role", principal.role().name());
            me.put("roleLabel", label(principal.role()));
            me.put("partnerId", principal.partnerId());
            me.put("subject", principal.subject());
            model.put("me", me);
            List<Map<String, Object>> nav = new ArrayList<>();
            for (Navigation.Link link : Navigation.links(principal.role())) {
                nav.add(Map.of("href", link.href(), "label", link.label(),
                        "current", path.equals(link.href()) || path.startsWith(link.href() + "/")));
            }
            model.put("nav", nav);
        }
        return model;
    }

    private static String label(Role role) {
        String name = role.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
