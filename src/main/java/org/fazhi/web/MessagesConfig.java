package org.fazhi.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Messages and language. Each module keeps its texts in {@code i18n/<module>.properties}
 * (Simplified Chinese, the default) and {@code i18n/<module>_en.properties}; every bundle found
 * there is loaded, so a new module needs no change here. {@code ?lang=en} switches language and
 * a cookie remembers it.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfig implements WebMvcConfigurer {

    static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    static final String LANGUAGE_COOKIE = "fazhi-lang";

    /**
     * One merged table of every module's texts per language, loaded once: a page asks for a hundred
     * messages, each one hash look-up (not a walk through thirty bundles). A key in several files takes
     * the first file's text, as before.
     */
    @Bean
    MessageSource messageSource() {
        ReloadableResourceBundleMessageSource source = new UncontendedMessageSource();
        source.setBasenames(java.util.Arrays.stream(basenames()).map(b -> "classpath:" + b).toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(DEFAULT);
        source.setUseCodeAsDefaultMessage(false);
        source.setCacheSeconds(-1);
        source.setConcurrentRefresh(false);
        return source;
    }

    @Bean
    LocalValidatorFactoryBean defaultValidator(MessageSource messageSource) {
        LocalValidatorFactoryBean factory = new LocalValidatorFactoryBean();
        factory.setValidationMessageSource(messageSource);
        return factory;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        resolver.setDefaultLocale(DEFAULT);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /** Every {@code i18n/*.properties} base name on the class path, e.g. {@code i18n/units}. */
    static String[] basenames() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            TreeSet<String> names = new TreeSet<>();
            Arrays.stream(found).map(Resource::getFilename).filter(n -> n != null && !n.contains("_"))
                    .forEach(n -> names.add("i18n/" + n.substring(0, n.length() - ".properties".length())));
            return names.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Formats messages with arguments on a copy of the cached {@link MessageFormat}: the shared one is
     * used under a lock, and under load every page thread queued on the same formats.
     */
    static final class UncontendedMessageSource extends ReloadableResourceBundleMessageSource {

        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            MessageFormat shared = super.resolveCode(code, locale);
            return shared == null ? null : (MessageFormat) shared.clone();
        }
    }
}
