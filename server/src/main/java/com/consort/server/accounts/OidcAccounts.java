package com.consort.server.accounts;

import com.consort.server.security.Role;
import java.io.Serial;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns a verified OpenID Connect identity into a Consort user: the enabled account whose email is the
 * identity's verified email. No account, no entry: the identity provider does not hand out roles.
 */
@Component
public class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** A user signed in with OpenID Connect, with the role and partner of their Consort account. */
    static final class OidcAccountUser extends DefaultOidcUser implements AccountPrincipal {
        @Serial
        private static final long serialVersionUID = 1L;
        private final UserAccount account;
        private final int epoch;

        OidcAccountUser(OidcUser identity, UserAccount account, int epoch) {
            super(List.of(new SimpleGrantedAuthority(account.role().authority())), identity.getIdToken(),
                    identity.getUserInfo());
            this.account = account;
            this.epoch = epoch;
        }

        @Override
        public String userId() {
            return account.id();
        }

        @Override
        public int sessionEpoch() {
            return epoch;
        }

        @Override
        public Role role() {
            return account.role();
        }

        @Override
        public String partnerId() {
            return account.partnerId();
        }

        @Override
        public String displayName() {
            return account.displayName();
        }

        @Override
        public String getName() {
            return account.username();
        }
    }

    private final OidcUserService delegate = new OidcUserService();
    private final Users users;

    OidcAccounts(Users users) {
        this.users = users;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser identity = delegate.loadUser(request);
        return toAccountUser(identity);
    }

    OidcUser toAccountUser(OidcUser identity) {
        String email = identity.getEmail();
        if (email == null || !Boolean.TRUE.equals(identity.getEmailVerified())) {
            throw denied("The identity provider did not give a verified email address");
        }
        UserAccount account = users.findByEmail(email).filter(UserAccount::enabled)
                .orElseThrow(() -> denied("No enabled Consort account has the email " + email));
        return new OidcAccountUser(identity, account, users.sessionEpoch(account.id()));
    }

    private static OAuth2AuthenticationException denied(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", why, null), why);
    }
}
