package org.fazhi.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Helpers of the units ITs: unique names, fresh accounts, JSON, spreadsheets, console sign-in. */
final class UnitsFixtures {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final AtomicInteger ADDRESS = new AtomicInteger((int) (System.nanoTime() & 0xFFFF));

    /** A password that meets the policy and contains no test username. */
    static final String GOOD_PASSWORD = "Qz8#Lantern-Ridge";

    record Account(long id, String username, String password) {
        RequestPostProcessor basic() {
            return httpBasic(username, password);
        }
    }

    private UnitsFixtures() {
    }

    static RequestPostProcessor withBasic(String username, String password) {
        return httpBasic(username, password);
    }

    /** A name no other test (nor a second run on a shared database) uses. */
    static String unique(String prefix) {
        return prefix + Long.toString(System.currentTimeMillis(), 36) + COUNTER.incrementAndGet();
    }

    /** A client address no other test uses, so that per-address throttling stays within the test. */
    static RequestPostProcessor fromFreshAddress() {
        int n = ADDRESS.incrementAndGet();
        String ip = "10." + ((n >> 16) & 0xFF) + "." + ((n >> 8) & 0xFF) + "." + (n & 0xFF);
        return fromAddress(ip);
    }

    static RequestPostProcessor fromAddress(String ip) {
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }

    static MvcTestResult json(MockMvcTester mvc, String method, String uri, RequestPostProcessor who, String body) {
        var req = switch (method) {
            case "POST" -> mvc.post().uri(uri);
            case "PUT" -> mvc.put().uri(uri);
            case "DELETE" -> mvc.delete().uri(uri);
            default -> mvc.get().uri(uri);
        };
        req.with(who).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            req.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return req.exchange();
    }

    static String body(MvcTestResult r) {
        try {
            return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T read(MvcTestResult r, String path) {
        return JsonPath.read(body(r), path);
    }

    static long id(MvcTestResult r, String path) {
        return ((Number) read(r, path)).longValue();
    }

    /** A new account in the unit (created by the system administrator), with its generated password. */
    static Account createdAccount(MockMvcTester mvc, long unitId, String prefix) {
        String username = unique(prefix);
        MvcTestResult r = json(mvc, "POST", "/api/v1/users", as("admin"),
                "{\"username\":\"" + username + "\",\"displayName\":\"测试" + username + "\",\"unitId\":" + unitId + "}");
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(201);
        return new Account(id(r, "$.userId"), username, read(r, "$.password"));
    }

    /** A new account that has already replaced its generated password with {@link #GOOD_PASSWORD}. */
    static Account readyAccount(MockMvcTester mvc, long unitId, String prefix) {
        Account created = createdAccount(mvc, unitId, prefix);
        changePassword(mvc, created, GOOD_PASSWORD);
        return new Account(created.id(), created.username(), GOOD_PASSWORD);
    }

    static void changePassword(MockMvcTester mvc, Account a, String newPassword) {
        MvcTestResult r = json(mvc, "PUT", "/api/v1/account/password", a.basic(),
                "{\"currentPassword\":\"" + a.password() + "\",\"newPassword\":\"" + newPassword + "\"}");
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(204);
    }

    /** Signs in through the console form and returns the session. */
    static MockHttpSession signIn(MockMvcTester mvc, String username, String password, RequestPostProcessor from) {
        MvcTestResult r = mvc.post().uri("/login").param("username", username).param("password", password)
                .with(csrf()).with(from).exchange();
        assertThat(r.getResponse().getRedirectedUrl()).as("sign-in of " + username).doesNotContain("error");
        return (MockHttpSession) r.getRequest().getSession(false);
    }

    /** A console session of a demo account (signed in through the form), as a request post-processor. */
    static RequestPostProcessor console(MockMvcTester mvc, String demoUser) {
        String password = org.fazhi.support.DemoUsers.ADMIN.equals(demoUser) ? org.fazhi.support.DemoUsers.ADMIN_PASSWORD
                : org.fazhi.support.DemoUsers.PASSWORD;
        return withSession(signIn(mvc, demoUser, password, fromAddress("127.0.0.1")));
    }

    static RequestPostProcessor withSession(MockHttpSession session) {
        return request -> {
            request.setSession(session);
            return request;
        };
    }

    /** An XLSX workbook with a header row and data rows. */
    static byte[] xlsx(List<String> headers, List<List<String>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("data");
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows.get(r).size(); i++) {
                    row.createCell(i).setCellValue(rows.get(r).get(i));
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
