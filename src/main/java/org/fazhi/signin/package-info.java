/**
 * Sign-in: how an account proves who it is and how long that lasts. Passwords (policy, PBKDF2-HMAC-SM3
 * hashing, history, expiry), the second factor (TOTP), personal and service accounts' API tokens,
 * lock-out and per-address throttling, session lifetime, and the Spring Security configuration that
 * puts them together. The accounts themselves (unit, roles, data scope) are units'; units asks for
 * credential work through {@link org.fazhi.units.AccountCredentials}, which this module implements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sign-in: passwords, second factor, tokens, sessions")
package org.fazhi.signin;
