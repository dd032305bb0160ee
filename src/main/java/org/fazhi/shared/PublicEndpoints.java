package org.fazhi.shared;

import java.util.List;

/**
 * Paths a module serves without sign-in (portal pages, public API reads, comment submission). A
 * module contributes one bean; everything not listed requires authentication.
 */
public record PublicEndpoints(List<String> getPatterns, List<String> postPatterns) {

    public PublicEndpoints {
        getPatterns = List.copyOf(getPatterns);
        postPatterns = List.copyOf(postPatterns);
    }

    public static PublicEndpoints get(String... patterns) {
        return new PublicEndpoints(List.of(patterns), List.of());
    }
}
