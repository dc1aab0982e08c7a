package com.consort.server.studio;

import com.consort.server.security.Caller;
import com.consort.server.security.ConsortPrincipal;
import com.consort.studio.Actor;
import com.consort.studio.StudioRole;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The studio's {@link Actor} for the server's authenticated caller: same subject, role and partner, and the name to show. */
public final class Actors {

    private Actors() {
    }

    public static Actor from(Authentication authentication) {
        return of(Caller.from(authentication));
    }

    /** The name comes from the principal on this thread when it is the caller's (an MCP tool call carries only the caller). */
    public static Actor of(Caller caller) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        String name = authentication != null && authentication.getPrincipal() instanceof ConsortPrincipal p
                && p.subject().equals(caller.subject()) ? p.displayName() : null;
        return new Actor(caller.subject(), name, StudioRole.valueOf(caller.role().name()), caller.partnerId());
    }
}
