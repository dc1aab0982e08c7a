package com.consort.knowledge;

import java.util.Collection;
import java.util.Set;

/**
 * Which chunks a search may return: null means no restriction, an empty set means nothing matches.
 *
 * @param kinds document kinds (case_study, program_doc, collateral, profile)
 * @param partnerIds partners the chunks belong to
 */
public record Scope(Set<String> kinds, Set<String> partnerIds) {

    public static final Scope ALL = new Scope(null, null);

    public static Scope kinds(Collection<String> kinds) {
        return new Scope(Set.copyOf(kinds), null);
    }

    public static Scope partners(Collection<String> partnerIds) {
        return new Scope(null, Set.copyOf(partnerIds));
    }

    public Scope withPartners(Collection<String> partners) {
        return new Scope(kinds, partners == null ? null : Set.copyOf(partners));
    }

    public boolean empty() {
        return (kinds != null && kinds.isEmpty()) || (partnerIds != null && partnerIds.isEmpty());
    }

    public boolean admits(String kind, String partnerId) {
        return (kinds == null || (kind != null && kinds.contains(kind)))
                && (partnerIds == null || (partnerId != null && partnerIds.contains(partnerId)));
    }
}
