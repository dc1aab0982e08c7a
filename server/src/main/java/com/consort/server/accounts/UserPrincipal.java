package com.consort.server.accounts;

import com.consort.server.security.Role;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A user logged in with a password; kept in the HTTP session. */
public final class UserPrincipal implements UserDetails, CredentialsContainer, AccountPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private final String userId;
    private final String username;
    private final String displayName;
    private final Role role;
    private final String partnerId;
    private final int sessionEpoch;
    private final boolean enabled;
    private String passwordHash;

    UserPrincipal(String userId, String username, String displayName, Role role, String partnerId, int sessionEpoch,
            boolean enabled, String passwordHash) {
        this.userId = userId;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.partnerId = partnerId;
        this.sessionEpoch = sessionEpoch;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    @Override
    public String userId() {
        return userId;
    }

    @Override
    public int sessionEpoch() {
        return sessionEpoch;
    }

    @Override
    public Role role() {
        return role;
    }

    @Override
    public String partnerId() {
        return partnerId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "UserPrincipal[" + subject() + ", " + role + "]";
    }
}
