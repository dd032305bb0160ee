package org.fazhi.signin.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Whether a path is a page of the application at all (some controller answers it), so that a visitor
 * who is not signed in gets the sign-in page only for a real page and a 404 for a mistyped address.
 */
@Component
class KnownPages {

    private final BeanFactory beans;
    private volatile RequestMappingHandlerMapping mapping;

    KnownPages(BeanFactory beans) {
        this.beans = beans;
    }

    boolean exists(HttpServletRequest request) {
        RequestMappingHandlerMapping mapping = this.mapping;
        if (mapping == null) {
            mapping = beans.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
            this.mapping = mapping;
        }
        Object previous = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        try {
            if (previous == null) {
                ServletRequestPathUtils.parseAndCache(request);
            }
            HandlerExecutionChain chain = mapping.getHandler(request);
            return chain != null;
        } catch (Exception e) {
            // a mapping exists for the path but not for this method or content type
            return true;
        } finally {
            if (previous == null) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }
}
