package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * No full identity number or mobile number reaches the log or the audit trail (SECURITY.md AUD-02): a
 * citizen's public comment with a mobile number as contact and an identity number in its text, a
 * malformed body carrying both, and a sign-in attempt with an identity number as the user name are
 * made; the log written meanwhile holds neither pattern ({@code \d{17}[\dXx]}, {@code 1[3-9]\d{9}}),
 * and the audit entries of the comment keep the contact masked.
 */
@FazhiIT
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataNotLoggedIT {

    static final Pattern ID_NUMBER = Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?!\\d)");
    static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
    static final String ID = "110101199003074518";
    static final String PHONE = "13912345678";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;

    private static List<String> found(String text) {
        List<String> hits = new java.util.ArrayList<>();
        for (Pattern p : List.of(ID_NUMBER, MOBILE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int from = Math.max(0, m.start() - 80);
                hits.add(text.substring(from, Math.min(text.length(), m.end() + 20)));
            }
        }
        return hits;
    }

    @Test
    void neitherTheLogNorTheCommentsAuditEntriesHoldAFullIdentityOrMobileNumber(CapturedOutput output) {
        List<Number> open = JsonPath.read(new String(mvc.get().uri("/api/v1/public/consultations").exchange()
                .getResponse().getContentAsByteArray(), StandardCharsets.UTF_8),
                "$[?(@.acceptingComments == true)].consultationId");
        assertThat(open).as("an open consultation in the demo").isNotEmpty();
        MvcTestResult comment = mvc.post().uri("/api/v1/public/consultations/" + open.get(0) + "/comments")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"contact\":\"" + PHONE + "\",\"content\":\"本人身份证号" + ID + "，建议第三条再斟酌。\"}")
                .exchange();
        assertThat(comment.getResponse().getStatus()).as(new String(comment.getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8)).isEqualTo(201);
        String receipt = JsonPath.read(new String(comment.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8),
                "$.receiptNo");

        mvc.post().uri("/api/v1/public/consultations/" + open.get(0) + "/comments").contentType(MediaType.APPLICATION_JSON)
                .content("{\"contact\":\"" + PHONE + "\",\"content\":\"x\",\"idNumber\":\"" + ID + "\"").exchange();
        mvc.post().uri("/login").param("username", ID).param("password", PHONE)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .exchange();

        assertThat(found(output.getAll())).as("identity or mobile numbers in the log").isEmpty();
        Long commentId = jdbc.sql("select id from participation_comment where receipt_no = ?").param(receipt)
                .query(Long.class).single();
        List<String> entries = jdbc.sql("select changes from audit_event where entity_id = ? and entity_type like '%comment%'")
                .param(String.valueOf(commentId)).query(String.class).list();
        assertThat(String.join("\n", entries)).doesNotContain(PHONE).doesNotContain(ID);
    }
}
