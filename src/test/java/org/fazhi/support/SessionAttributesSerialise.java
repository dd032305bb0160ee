package org.fazhi.support;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Collections;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Production keeps console sessions in the database (Spring Session JDBC), where every attribute
 * is serialised with Java serialisation when the request ends; a non-Serializable object put into
 * a session (a flashed record, a saved result) would fail there and not in the container sessions
 * the shared test context uses. This filter, outermost in every test context, serialises every
 * attribute of the request's session after the request, so any IT that puts such an object into a
 * session fails with the attribute's name ({@link NonSerializableSessionAttribute}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class SessionAttributesSerialise {

    /** An attribute that the database session store could not save. */
    public static final class NonSerializableSessionAttribute extends IllegalStateException {
        NonSerializableSessionAttribute(String name, Object value, Exception cause) {
            super("session attribute " + name + " (" + value.getClass().getName()
                    + ") cannot be serialised for the database session store: " + cause.getMessage(), cause);
        }
    }

    @Bean
    FilterRegistrationBean<Filter> sessionAttributesSerialise() {
        var registration = new FilterRegistrationBean<Filter>(new CheckFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("sessionAttributesSerialise");
        return registration;
    }

    /** The check itself, also run by its unit test. */
    public static final class CheckFilter implements Filter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            chain.doFilter(request, response);
            if (request instanceof HttpServletRequest http) {
                check(http.getSession(false));
            }
        }

        /** Serialises every attribute of the session; throws for the first one that cannot be. */
        public static void check(HttpSession session) throws IOException {
            if (session == null) {
                return;
            }
            java.util.List<String> names;
            try {
                names = Collections.list(session.getAttributeNames());
            } catch (IllegalStateException invalidated) {
                return;
            }
            for (String name : names) {
                Object value = session.getAttribute(name);
                if (value == null) {
                    continue;
                }
                try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
                    out.writeObject(value);
                } catch (NotSerializableException e) {
                    throw new NonSerializableSessionAttribute(name, value, e);
                }
            }
        }
    }
}
