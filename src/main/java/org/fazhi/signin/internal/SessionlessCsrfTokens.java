package org.fazhi.signin.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where the CSRF token of a page lives: in the server session once there is one (a signed-in
 * user), otherwise in a cookie, so that an anonymous visit to the portal, whose pages carry the
 * token for their forms, never creates a server session (a load test of the portal made 43,000).
 * The cookie is HttpOnly (pages read the token from their own markup), SameSite=Lax, Secure and
 * named with the {@code __Host-} prefix when {@code secure} (behind HTTPS, the production profile).
 * At sign-in the token moves into the new session.
 */
final class SessionlessCsrfTokens implements CsrfTokenRepository {

    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

    SessionlessCsrfTokens(boolean secure) {
        cookie.setCookieName(secure ? "__Host-FZ-XSRF" : "FZ-XSRF");
        cookie.setHeaderName("X-CSRF-TOKEN");
        cookie.setParameterName("_csrf");
        cookie.setCookiePath("/");
        cookie.setCookieCustomizer(c -> c.httpOnly(true).secure(secure).sameSite("Lax"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return session.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            session.saveToken(token, request, response);
        } else {
            cookie.saveToken(token, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            CsrfToken inSession = session.loadToken(request);
            if (inSession != null) {
                return inSession;
            }
        }
        return cookie.loadToken(request);
    }
}
