package org.fazhi.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two-instance drill's client (bench/two-instances.sh starts two jars on one PostgreSQL and runs
 * this): (1) sign in on A through the console form and use that session cookie on B; sign out on B
 * and the session is gone on A too; (2) a catalog document published through A (the catalog
 * import, one row) is searched on B's public catalog API every 100 ms until found: the time from
 * A's answer to B's first hit. Prints Markdown lines; exits non-zero when a step fails.
 */
public final class TwoInstances {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern REGISTRATION = Pattern.compile("([A-Z]{2,12})(\\d{4})(\\d{5})");

    public static void main(String[] args) throws Exception {
        String a = BenchHttp.arg(args, "a", null);
        String b = BenchHttp.arg(args, "b", null);
        String password = BenchHttp.arg(args, "password", "Demo-Passw0rd-2026");
        String user = BenchHttp.arg(args, "user", "fzb");
        boolean ok = sessions(a, b, user, password);
        ok &= search(a, b, user, password, Integer.parseInt(BenchHttp.arg(args, "searches", "5")));
        System.exit(ok ? 0 : 1);
    }

    private static boolean sessions(String a, String b, String user, String password) throws Exception {
        BenchHttp browser = new BenchHttp();
        String target = browser.signIn(a, user, password);
        boolean signedIn = target.endsWith("/console") || target.contains("/console");
        int onA = browser.get(a + "/console/account").statusCode();
        int onB = browser.get(b + "/console/account").statusCode();
        String stolen = browser.cookies.get("SESSION");
        String token = browser.csrf(b + "/console/account");
        browser.postForm(b + "/logout", java.util.Map.of("_csrf", token));
        // the sign-out on B ended the session in the database: its cookie, replayed on A, signs in no one
        int afterOnA = stolen == null ? -1 : replay(a, stolen);
        boolean ok = signedIn && onA == 200 && onB == 200 && afterOnA == 302;
        System.out.printf("| session | signed in on A (%s) → A %d, same cookie on B %d; signed out on B → old cookie on A %d | %s |%n",
                target, onA, onB, afterOnA, ok ? "ok" : "FAILED");
        return ok;
    }

    private static int replay(String a, String sessionCookie) throws Exception {
        BenchHttp thief = new BenchHttp();
        thief.cookies.put("SESSION", sessionCookie);
        return thief.get(a + "/console/account").statusCode();
    }

    private static boolean search(String a, String b, String user, String password, int times) throws Exception {
        String auth = BenchHttp.basic(user, password);
        JsonNode hits = JSON.readTree(BenchHttp.json("GET", a + "/api/v1/public/normdocs?size=100", null, null).body())
                .path("items");
        JsonNode model = null;
        for (JsonNode h : hits) {
            String number = h.path("documentNumber").asString("");
            if (number.contains("〔") && REGISTRATION.matcher(h.path("registrationNumber").asString("")).matches()) {
                model = h;
                break;
            }
        }
        if (model == null) {
            System.out.println("| search | no published document with a 文号 and 登记号 to model the import on | FAILED |");
            return false;
        }
        String prefix = model.path("documentNumber").asString().substring(0, model.path("documentNumber").asString()
                .indexOf('〔'));
        var m = REGISTRATION.matcher(model.path("registrationNumber").asString());
        m.matches();
        String office = m.group(1);
        Random random = new Random();
        boolean ok = true;
        long worst = 0;
        StringBuilder timings = new StringBuilder();
        for (int i = 0; i < times; i++) {
            String mark = "双实例检索演练" + Long.toString(Math.abs(random.nextLong()), 36).replaceAll("[0-9]", "");
            int serial = 9000 + random.nextInt(999);
            byte[] sheet = sheet(List.of(mark + "办法", model.path("issuingBody").asString(),
                    prefix + "〔2024〕" + serial + "号", office + "2024" + String.format("%05d", 90000 + random.nextInt(9999)),
                    "2024-03-10", "2024-03-20", "", "", "现行有效",
                    "第一条 为演练" + mark + "，制定本办法。\n第二条 本办法自公布之日起施行。"));
            HttpResponse<String> imported = BenchHttp.multipart(a + "/api/v1/normdocs/import", auth, "file",
                    "catalog.xlsx", sheet);
            if (imported.statusCode() != 200) {
                System.out.printf("| search | import on A answered %d: %s | FAILED |%n", imported.statusCode(),
                        imported.body().substring(0, Math.min(300, imported.body().length())));
                return false;
            }
            long start = System.nanoTime();
            String query = b + "/api/v1/public/normdocs?q=" + URLEncoder.encode(mark, StandardCharsets.UTF_8);
            long found = -1;
            while ((System.nanoTime() - start) < 30_000_000_000L) {
                JsonNode r = JSON.readTree(BenchHttp.json("GET", query, null, null).body());
                if (r.path("total").asLong() > 0) {
                    found = (System.nanoTime() - start) / 1_000_000;
                    break;
                }
                Thread.sleep(100);
            }
            ok &= found >= 0 && found <= 5000;
            worst = Math.max(worst, found < 0 ? Long.MAX_VALUE : found);
            timings.append(i == 0 ? "" : ", ").append(found < 0 ? "not found in 30 s" : found + " ms");
        }
        System.out.printf("| search | published on A (catalog import), found by B's public search after: %s | %s |%n",
                timings, ok ? "ok" : "FAILED");
        return ok;
    }

    private static byte[] sheet(List<String> row) throws IOException {
        List<String> headers = List.of("标题", "制定主体", "文号", "登记号", "公布日期", "施行日期", "有效期至", "有效期(年)",
                "效力状态", "正文");
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("目录");
            Row head = s.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
            }
            Row r = s.createRow(1);
            for (int i = 0; i < row.size(); i++) {
                r.createCell(i).setCellValue(row.get(i));
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
