package org.fazhi.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds the navigation, the highlighted menu entry and the language switch to every rendered console or
 * portal page. Signed-in pages are never stored by a browser or a proxy ({@code no-store}); public pages
 * get their caching from {@link CachingConfig}.
 */
@Component
class ShellModelInterceptor implements HandlerInterceptor {

    private final ShellModel shell;

    ShellModelInterceptor(ShellModel shell) {
        this.shell = shell;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView mav) {
        if (mav == null || mav.getViewName() == null || mav.getViewName().startsWith("redirect:")) {
            return;
        }
        mav.addAllObjects(shell.attributes(request, request.getRequestURI().substring(request.getContextPath().length()),
                request.getQueryString()));
    }
}
