package org.fazhi.signin.internal;

import java.util.Set;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * An API call authenticated by a token: the owner's account, the token and its scopes. Kept apart
 * from a password sign-in, so that what only a full sign-in may do (issuing tokens, changing the
 * password) can tell the difference.
 */
public final class TokenAuthentication extends AbstractAuthenticationToken {

    private final FazhiUserDetails owner;
    private final long tokenId;
    private final Set<String> scopes;

    TokenAuthentication(FazhiUserDetails owner, long tokenId, Set<String> scopes) {
        super(owner.getAuthorities());
        this.owner = owner;
        this.tokenId = tokenId;
        this.scopes = Set.copyOf(scopes);
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public FazhiUserDetails getPrincipal() {
        return owner;
    }

    public long tokenId() {
        return tokenId;
    }

    public Set<String> scopes() {
        return scopes;
    }
}
