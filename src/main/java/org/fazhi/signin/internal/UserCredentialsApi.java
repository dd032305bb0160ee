package org.fazhi.signin.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.fazhi.signin.ApiTokens;
import org.fazhi.signin.ApiTokens.IssuedToken;
import org.fazhi.signin.ApiTokens.TokenView;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The security administrator's sign-in operations on an account (units keeps the account itself,
 * {@code /api/v1/users}): a service account's tokens and a second-factor reset, within the data scope.
 */
@RestController
@RequestMapping("/api/v1/users")
@Validated
@Tag(name = "users", description = "用户 (accounts within the caller's data scope)")
class UserCredentialsApi {

    private final SecondFactors secondFactors;
    private final ApiTokens tokens;

    UserCredentialsApi(SecondFactors secondFactors, ApiTokens tokens) {
        this.secondFactors = secondFactors;
        this.tokens = tokens;
    }

    @GetMapping("/{id}/tokens")
    @Operation(summary = "A service account's tokens, never the tokens themselves (SECURITY_ADMIN)")
    List<TokenView> serviceTokens(@PathVariable long id) {
        return tokens.ofServiceAccount(id);
    }

    @PostMapping("/{id}/tokens")
    @Operation(summary = "Issue a token for a service account (SECURITY_ADMIN): scopes required, at most 90 days;"
            + " the answer carries it once")
    ResponseEntity<IssuedToken> issueServiceToken(@PathVariable long id,
            @Valid @RequestBody SignInRequests.Token request) {
        IssuedToken issued = tokens.issueForServiceAccount(id, request.name(), request.validity(), request.scopes());
        return ResponseEntity.created(URI.create("/api/v1/users/" + id + "/tokens/" + issued.id())).body(issued);
    }

    @DeleteMapping("/{id}/tokens/{tokenId}")
    @Operation(summary = "Revoke a service account's token (SECURITY_ADMIN)")
    ResponseEntity<Void> revokeServiceToken(@PathVariable long id, @PathVariable long tokenId) {
        tokens.revokeForServiceAccount(id, tokenId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/second-factor/reset")
    @Operation(summary = "Make the account enrol a new TOTP authenticator at its next console sign-in (SECURITY_ADMIN)")
    ResponseEntity<Void> resetSecondFactor(@PathVariable long id) {
        secondFactors.reset(id);
        return ResponseEntity.noContent().build();
    }
}
