package com.consort.server.accounts;

import com.consort.server.security.ConsortPrincipal;

/** A principal backed by a user account (password or OpenID Connect), checked on every request of its session. */
interface AccountPrincipal extends ConsortPrincipal {

    String userId();

    /** The account's session epoch at login; a later disable or password reset raises it and ends the session. */
    int sessionEpoch();

    @Override
    default String subject() {
        return "user:" + userId();
    }
}
