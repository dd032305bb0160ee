package org.fazhi.shared.web;

import java.util.Locale;
import org.springframework.util.unit.DataSize;

/**
 * An endpoint whose raw request body may be larger than {@code fazhi.web.max-body-size}: a module
 * declares it as a bean (method, exact path, its own documented limit), and {@link InputGuard} then
 * measures that endpoint's non-form, non-multipart bodies against {@code limit} instead of the 4 MB
 * every other endpoint keeps. The endpoint must stream the body and enforce the limit itself too.
 */
public record LargeBody(String method, String path, DataSize limit) {

    public LargeBody {
        method = method.toUpperCase(Locale.ROOT);
    }

    boolean matches(String requestMethod, String requestPath) {
        return method.equals(requestMethod) && path.equals(requestPath);
    }
}
