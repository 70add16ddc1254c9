package org.edubrain.app.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in user: the principal every controller and query receives. */
public record CurrentUser(int id, String username, String passwordHash, String displayName, Role role, OrgScope scope,
        boolean enabled) implements UserDetails {

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

    /** The password hash never leaves this object in a string form. */
    @Override
    public String toString() {
        return "CurrentUser[" + username + ", " + role + ", " + scope.label() + "]";
    }
}
