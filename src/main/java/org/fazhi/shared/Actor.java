package org.fazhi.shared;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting: the signed-in user and their unit, or the system itself (scheduled jobs,
 * start-up). Read by the audit log and by services that stamp records.
 */
public record Actor(Long userId, String username, Long unitId, String ip) {

    public static final String SYSTEM_NAME = "system";

    public static Actor system() {
        return new Actor(null, SYSTEM_NAME, null, null);
    }

    public static final String ANONYMOUS_NAME = "anonymous";

    /** A scheduled job or start-up work: not a person, sees everything. */
    public boolean isSystem() {
        return userId == null && SYSTEM_NAME.equals(username);
    }

    /** A visitor of the public portal: sees only what is published. */
    public boolean isAnonymous() {
        return userId == null && ANONYMOUS_NAME.equals(username);
    }

    /** The actor of the current thread: the authenticated principal, else the system. */
    public static Actor current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String ip = currentIp();
        if (auth != null && auth.getPrincipal() instanceof ActorPrincipal p) {
            return new Actor(p.userId(), p.username(), p.unitId(), ip);
        }
        if (auth != null && auth.isAuthenticated() && auth.getName() != null
                && !"anonymousUser".equals(auth.getName())) {
            return new Actor(null, auth.getName(), null, ip);
        }
        return new Actor(null, ip == null ? SYSTEM_NAME : ANONYMOUS_NAME, null, ip);
    }

    /**
     * Whether the current user holds one of these roles (names of {@code org.fazhi.units.Role}, without
     * the "ROLE_" prefix). A procedure's guide reads it to say a step is not the user's to take; the
     * service methods check the same roles with {@code shared.web.Allowed}.
     */
    public static boolean currentHasAnyRole(String... roles) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return false;
        }
        for (var granted : auth.getAuthorities()) {
            for (String role : roles) {
                if (("ROLE_" + role).equals(granted.getAuthority())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String currentIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            return attrs.getRequest().getRemoteAddr();
        }
        return null;
    }
}
