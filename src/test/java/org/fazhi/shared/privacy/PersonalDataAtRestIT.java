package org.fazhi.shared.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiIT;
import org.fazhi.units.Units;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Personal data at rest (SECURITY.md DC-02): a staff member's mobile and a public commenter's name and
 * contact reach the database only SM4-encrypted (no mobile number in those columns), are read back in
 * clear by those allowed to see them, values left in clear or under an older key are re-encrypted by
 * the rotation, and a key that does not open the database's sealed check value stops the start-up.
 */
@FazhiIT
class PersonalDataAtRestIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Units units;
    @Autowired
    FieldKeyRotation rotation;
    @Autowired
    FieldCipher cipher;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;

    static String body(MvcTestResult r) {
        try {
            return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aStaffMobileIsStoredEncryptedAndShownInClearToTheAdministrator() {
        long unit = units.findByCode("SFX-DH").orElseThrow().id();
        String username = "enc" + Long.toString(System.nanoTime(), 36);
        MvcTestResult created = mvc.post().uri("/api/v1/users").with(DemoUsers.as(DemoUsers.ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"" + username
                        + "\",\"displayName\":\"加密测试\",\"unitId\":" + unit + ",\"phone\":\"13812345678\"}").exchange();
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        long id = ((Number) JsonPath.read(body(created), "$.userId")).longValue();
        String stored = jdbc.sql("select phone from app_user where id = ?").param(id).query(String.class).single();
        assertThat(stored).startsWith("ENC1:").doesNotContain("13812345678");
        MvcTestResult read = mvc.get().uri("/api/v1/users/" + id).with(DemoUsers.as(DemoUsers.ADMIN)).exchange();
        assertThat((String) JsonPath.read(body(read), "$.phone")).isEqualTo("13812345678");
        assertThat(jdbc.sql("select changes from audit_event where entity_type = 'user' and entity_id = ?"
                + " and action = 'create'").param(String.valueOf(id)).query(String.class).list())
                .as("the audit log keeps the mobile masked").allSatisfy(c -> assertThat(c).doesNotContain("13812345678")
                        .contains("138****5678"));
    }

    @Test
    void aPublicCommentersNameAndContactAreStoredEncryptedAndNoMobileIsLeftInClear() {
        List<Number> open = JsonPath.read(body(mvc.get().uri("/api/v1/public/consultations").exchange()),
                "$[?(@.acceptingComments == true)].consultationId");
        assertThat(open).isNotEmpty();
        MvcTestResult posted = mvc.post().uri("/api/v1/public/consultations/" + open.get(0) + "/comments")
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"欧阳某某\",\"contact\":\"13987654321\","
                        + "\"content\":\"建议写明办理时限。\"}")
                .with(r -> {
                    r.setRemoteAddr("10.77.0." + (System.nanoTime() % 200 + 1));
                    return r;
                }).exchange();
        assertThat(posted.getResponse().getStatus()).isEqualTo(201);
        String receipt = JsonPath.read(body(posted), "$.receiptNo");
        Map<String, Object> row = jdbc.sql("select commenter_name, contact from participation_comment where receipt_no = ?")
                .param(receipt).query().singleRow();
        assertThat(row.values()).allSatisfy(v -> assertThat(v.toString()).startsWith("ENC1:"));
        assertThat(row.toString()).doesNotContain("13987654321", "欧阳");
        assertThat(jdbc.sql("select count(*) from participation_comment where contact not like 'ENC1:%'"
                + " or commenter_name not like 'ENC1:%'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from app_user where phone not like 'ENC1:%' or totp_secret not like 'ENC1:%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void theRotationEncryptsWhatIsLeftInClearAndAWrongKeyStopsTheStart() {
        long id = jdbc.sql("select min(id) from app_user where phone is null and service_account = false")
                .query(Long.class).single();
        jdbc.sql("update app_user set phone = '13700001111' where id = ?").param(id).update();
        assertThat(rotation.rotate()).isGreaterThanOrEqualTo(1);
        String stored = jdbc.sql("select phone from app_user where id = ?").param(id).query(String.class).single();
        assertThat(stored).startsWith("ENC1:1:");
        assertThat(cipher.decrypt("app_user.phone", stored)).isEqualTo("13700001111");
        jdbc.sql("update app_user set phone = null where id = ?").param(id).update();

        FieldCipher wrong = new FieldCipher(new FieldKeys(Map.of(1, FieldCipherTests.K2), 1, FieldCipherTests.INDEX));
        FieldKeyRotation withWrongKey = new FieldKeyRotation(wrong, jdbc, List.of(), transactions, clock);
        assertThatThrownBy(withWrongKey::checkKeys).hasMessageContaining("key version 1");
        rotation.checkKeys();
    }
}
