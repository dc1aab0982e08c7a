package com.consort.server.web;

import com.consort.server.security.Role;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The pages each role finds in the header, in order; the first is where the role lands after logging
 * in. A page is listed here only once it exists. Who may open a page is decided by the security
 * configuration (page rules of the web chain), which admits at least the roles listed here.
 */
public final class Navigation {

    /** A link of the header: where it goes and what it says. */
    public record Link(String href, String label) {
    }

    static final Link ADMIN = new Link("/admin", "Admin");
    static final Link CHAT = new Link("/chat", "Chat");
    static final Link PARTNERS = new Link("/partners", "Partners");
    static final Link STUDIO = new Link("/studio", "Studio");
    static final Link REVIEWS = new Link("/review", "Reviews");
    static final Link EVAL = new Link("/eval", "Eval");
    static final Link DEALS = new Link("/deals", "Deals");

    private static final Map<Role, List<Link>> BY_ROLE = new EnumMap<>(Map.of(
            Role.SELLER, List.of(CHAT, PARTNERS),
            Role.PARTNER, List.of(STUDIO, REVIEWS),
            Role.MARKETING, List.of(REVIEWS, STUDIO, DEALS),
            Role.EVALUATOR, List.of(EVAL),
            Role.ADMIN, List.of(ADMIN, CHAT, PARTNERS, STUDIO, REVIEWS, EVAL, DEALS)));

    /**
     * The admin console's sections, in order: its own navigation under the header on every page below
     * {@code /admin}. A new section is a page under /admin and one entry here.
     */
    public static final List<Link> ADMIN_CONSOLE = List.of(
            new Link("/admin", "Overview"),
            new Link("/admin/users", "Users"),
            new Link("/admin/keys", "API keys"),
            new Link("/admin/imports", "Imports"),
            new Link("/admin/taxonomy", "Taxonomy"),
            new Link("/admin/audit", "Audit log"));

    private Navigation() {
    }

    public static List<Link> links(Role role) {
        return BY_ROLE.get(role);
    }

    /** Where a person of this role starts: the first page of their navigation. */
    public static String startPage(Role role) {
        return links(role).get(0).href();
    }
}
