package org.fazhi.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final ShellModelInterceptor shell;

    WebConfig(ShellModelInterceptor shell) {
        this.shell = shell;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(shell).excludePathPatterns("/api/**", "/webjars/**", "/css/**", "/js/**", "/error");
    }
}
