package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.support.DemoUsers;
import org.fazhi.units.ActingAs;
import org.fazhi.signin.ApiTokens;
import org.fazhi.support.FazhiBrowserIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The production profile over real HTTP on a database of its own (SECURITY.md AUTH-06, INT-04,
 * INT-05; issue 8): cookies are Secure, HttpOnly, SameSite and {@code __Host-} named and HSTS is
 * sent although the application sees plain HTTP behind its proxy; swagger-ui, the API document and
 * every actuator endpoint but health are off; an anonymous portal visit makes no server session;
 * the administrators work only from the allowed addresses, a forwarded address counting only from a
 * trusted proxy; and a 30 MB body is refused before it has even been sent.
 */
@FazhiBrowserIT(properties = {"spring.profiles.include=prod",
        "spring.datasource.url=jdbc:h2:mem:prod-profile;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password=",
        "fazhi.data-dir=target/test-data/prod-profile",
        "fazhi.security.admin-access.allowed-cidrs=10.0.0.0/8", "fazhi.security.trusted-proxies=127.0.0.1/32"})
class ProductionProfileBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;
    MockMvcTester mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcTester.create(MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build());
    }
    @Autowired
    ActingAs acting;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static List<String> cookies(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie");
    }

    @Test
    void swaggerTheApiDocumentAndEveryActuatorEndpointButHealthAreOff() throws Exception {
        for (String path : List.of("/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html", "/actuator/prometheus",
                "/actuator/metrics", "/actuator/env")) {
            assertThat(get(path).statusCode()).as(path).isIn(401, 404);
        }
        assertThat(get("/v3/api-docs").statusCode()).isEqualTo(404);
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        HttpResponse<String> trace = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .method("TRACE", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(trace.statusCode()).isEqualTo(405);
    }

    @Test
    void anAnonymousPortalVisitMakesNoServerSession() throws Exception {
        for (String path : List.of("/", "/consultations", "/rules", "/calculator", "/login")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(cookies(r)).as(path).noneMatch(c -> c.startsWith("__Host-FZSESSION") || c.startsWith("JSESSIONID"));
        }
    }

    @Test
    void cookiesAreSecureHttpOnlySameSiteAndHostPrefixedAndHstsIsSent() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).get().asString()
                .contains("max-age=31536000").contains("includeSubDomains");
        String csrfCookie = cookies(login).stream().filter(c -> c.startsWith("__Host-FZ-XSRF=")).findFirst()
                .orElseThrow();
        assertThat(csrfCookie).contains("Secure").contains("HttpOnly").contains("SameSite=Lax").contains("Path=/")
                .doesNotContain("Domain");
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(m.find()).isTrue();
        String form = "username=" + DemoUsers.ADMIN + "&password="
                + java.net.URLEncoder.encode(DemoUsers.ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + java.net.URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", csrfCookie.substring(0, csrfCookie.indexOf(';')))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).get().asString().doesNotContain("error");
        String session = cookies(signedIn).stream().filter(c -> c.startsWith("__Host-FZSESSION=")).findFirst()
                .orElseThrow();
        assertThat(session).contains("Secure").contains("HttpOnly").contains("SameSite=Lax").contains("Path=/")
                .doesNotContain("Domain");
    }

    @Test
    void theAdministratorsWorkOnlyFromTheAllowedAddressesAndOnlyATrustedProxyForwardsOne() throws Exception {
        String token = acting.run(DemoUsers.ADMIN, () -> tokens.issue("allow-list", Duration.ofHours(1),
                List.of("all:write"))).token();
        HttpResponse<String> direct = get("/api/v1/units", "Authorization", "Bearer " + token);
        assertThat(direct.statusCode()).as("127.0.0.1 is the proxy, not an allowed client").isEqualTo(403);
        assertThat(direct.body()).contains("/problems/address-not-allowed");
        assertThat(get("/api/v1/units", "Authorization", "Bearer " + token, "X-Forwarded-For", "10.1.2.3")
                .statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/units", "Authorization", "Bearer " + token, "X-Forwarded-For", "10.1.2.3, 203.0.113.5")
                .statusCode()).as("the client the proxy saw is the right-most one").isEqualTo(403);
        // from an address that is not a trusted proxy, X-Forwarded-For is ignored
        assertThat(mvc.get().uri("/api/v1/units").header("Authorization", "Bearer " + token)
                .header("X-Forwarded-For", "10.1.2.3").with(r -> {
                    r.setRemoteAddr("192.0.2.7");
                    return r;
                })).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/units").header("Authorization", "Bearer " + token).with(r -> {
            r.setRemoteAddr("10.9.9.9");
            return r;
        })).hasStatusOk();
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'access' and action = 'forbidden'"
                + " and ip = '203.0.113.5'").query(Long.class).single()).isOne();
        // a visitor of the portal is not concerned
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void aThirtyMegabyteBodyIsRefusedBeforeItHasBeenSent() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/public/consultations/1/comments HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (30 * 1024 * 1024) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] head = in.readNBytes(12);
            assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 413");
        }
    }
}
