package org.fazhi.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import org.fazhi.shared.PortalLink;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/** Adds the navigation and the current path to every rendered console or portal page. */
@Component
class ShellModelInterceptor implements HandlerInterceptor {

    private final ConsoleMenu menu;
    private final List<PortalLink> portalLinks;

    ShellModelInterceptor(ConsoleMenu menu, List<PortalLink> portalLinks) {
        this.menu = menu;
        this.portalLinks = portalLinks.stream().sorted(Comparator.comparingInt(PortalLink::order)).toList();
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView mav) {
        if (mav == null || mav.getViewName() == null || mav.getViewName().startsWith("redirect:")) {
            return;
        }
        mav.addObject("shellMenu", menu.forUser(SecurityContextHolder.getContext().getAuthentication()));
        mav.addObject("shellPath", request.getRequestURI());
        mav.addObject("portalLinks", portalLinks);
        if (response.getHeader("Cache-Control") == null && request.getRequestURI().startsWith("/console")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
