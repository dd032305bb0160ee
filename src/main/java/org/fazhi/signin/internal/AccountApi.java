package org.fazhi.signin.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.fazhi.signin.ApiTokens;
import org.fazhi.signin.ApiTokens.IssuedToken;
import org.fazhi.signin.ApiTokens.TokenView;
import org.fazhi.units.UserAccounts;
import org.fazhi.units.UserAccounts.AccountView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account: profile, password change and personal API tokens. */
@RestController
@RequestMapping("/api/v1/account")
@Tag(name = "account", description = "我的账户 (the caller's own account and API tokens)")
class AccountApi {

    private final UserAccounts accounts;
    private final org.fazhi.signin.Passwords passwords;
    private final ApiTokens tokens;

    AccountApi(UserAccounts accounts, org.fazhi.signin.Passwords passwords, ApiTokens tokens) {
        this.passwords = passwords;
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "The caller's own account")
    AccountView self() {
        return accounts.self();
    }

    @PutMapping("/password")
    @Operation(summary = "Change the caller's password (policy, history); allowed while a change is required")
    ResponseEntity<Void> changePassword(@Valid @RequestBody SignInRequests.PasswordChange request) {
        passwords.changeOwnPassword(request.currentPassword(), request.newPassword());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/tokens")
    @Operation(summary = "The caller's API tokens (never the token itself)")
    List<TokenView> tokens() {
        return tokens.mine();
    }

    @PostMapping("/tokens")
    @Operation(summary = "Issue a token (validHours or validDays, default 8 h, at most 30 days; scopes, default"
            + " all:read); the answer carries it once. Only with a full sign-in: never with a token, and HTTP"
            + " Basic only for accounts without a second factor; otherwise issue it on the console account page")
    ResponseEntity<IssuedToken> issue(@Valid @RequestBody SignInRequests.Token request) {
        IssuedToken issued = tokens.issue(request.name(), request.validity(), request.scopes());
        return ResponseEntity.created(URI.create("/api/v1/account/tokens/" + issued.id())).body(issued);
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revoke one of the caller's tokens")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(id);
        return ResponseEntity.noContent().build();
    }
}
