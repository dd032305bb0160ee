package org.fazhi.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The shell's interceptor, and the static assets. Assets are served only under {@code /webjars/**},
 * {@code /css/**} and {@code /js/**} (not under {@code /**}: then every link a page renders would be
 * looked up on the class path as a possible asset, on every render). Their URLs carry a hash of their
 * content ({@code fazhi-<md5>.css}), so a browser keeps them for a year; resolved URLs and files are
 * cached in memory.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    static final Duration ASSET_MAX_AGE = Duration.ofDays(365);

    private final ShellModelInterceptor shell;

    WebConfig(ShellModelInterceptor shell) {
        this.shell = shell;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(shell).excludePathPatterns("/api/**", "/webjars/**", "/css/**", "/js/**", "/error");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        assets(registry, "/webjars/**", "classpath:/META-INF/resources/webjars/", true);
        assets(registry, "/css/**", "classpath:/static/css/", false);
        assets(registry, "/js/**", "classpath:/static/js/", false);
    }

    private static void assets(ResourceHandlerRegistry registry, String pattern, String location, boolean webjars) {
        var chain = registry.addResourceHandler(pattern).addResourceLocations(location)
                .setCacheControl(CacheControl.maxAge(ASSET_MAX_AGE).cachePublic()).setUseLastModified(false)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        if (webjars) {
            chain.addResolver(new LiteWebJarsResourceResolver());
        }
    }
}
