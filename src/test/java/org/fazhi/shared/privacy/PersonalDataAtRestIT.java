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

    @Autowired
    List<EncryptedColumn> registry;

    /**
     * Columns whose names say they may hold a person's identifier, but that are not natural persons'
     * identifiers kept by this platform: each with why. Any other such column must be in the registry.
     */
    static final Map<String, String> NOT_PERSONAL = Map.of(
            "inspection_object.address", "the premises inspected (a business's place), not a person's home",
            "legal_service_point.address", "a public legal service office's address",
            "legal_service_point.phone", "a public legal service office's phone");

    /** Column names that say they hold an identity number, a phone, a contact, an address or a bank account. */
    static final java.util.regex.Pattern IDENTIFIER_COLUMN =
            java.util.regex.Pattern.compile(".*(id_no|id_number|id_card|phone|mobile|contact|address|bank).*");

    @Test
    void everyRegisteredPersonalDataColumnHoldsOnlyCipherTextThatOpens() {
        assertThat(registry).as("the registry of encrypted columns").hasSizeGreaterThanOrEqualTo(28);
        long values = 0;
        for (EncryptedColumn c : registry) {
            List<String> stored = jdbc.sql("select " + c.column() + " from " + c.table() + " where " + c.column()
                    + " is not null").query(String.class).list();
            values += stored.size();
            for (String v : stored) {
                assertThat(v).as(c.qualified()).startsWith("ENC1:").doesNotContainPattern("\\d{11}");
                assertThat(cipher.decrypt(c.qualified(), v)).as(c.qualified() + " opens").isNotNull();
            }
        }
        assertThat(values).as("the demo year holds personal data to check").isGreaterThan(50);
        assertThat(jdbc.sql("select count(*) from enforcement_case where party_id_no is not null"
                + " and party_id_index is null").query(Long.class).single())
                .as("every enforcement party's identity number has its blind index").isZero();
    }

    @Test
    void noColumnNamedForAPersonsIdentifierIsLeftOutOfTheRegistry() {
        java.util.Set<String> registered = new java.util.HashSet<>();
        registry.forEach(c -> registered.add(c.qualified()));
        List<String> columns = jdbc.sql("select lower(table_name) || '.' || lower(column_name) from information_schema.columns"
                + " where lower(table_schema) = lower(current_schema)").query(String.class).list();
        assertThat(columns).as("the schema was read").contains("app_user.phone");
        List<String> forgotten = columns.stream()
                .filter(c -> IDENTIFIER_COLUMN.matcher(c.substring(c.indexOf('.') + 1)).matches())
                .filter(c -> !c.endsWith("_index") && !registered.contains(c) && !NOT_PERSONAL.containsKey(c))
                .filter(c -> !c.startsWith("disclosure_") && !c.startsWith("ticket") && !c.startsWith("suggestion"))
                .sorted().toList();
        assertThat(forgotten).as("columns that look like personal identifiers but are neither encrypted"
                + " (an EncryptedColumn bean) nor explained in NOT_PERSONAL").isEmpty();
    }

    @Test
    void everyEncryptedEntityFieldIsInTheRegistry() throws Exception {
        java.util.Set<String> registered = new java.util.HashSet<>();
        registry.forEach(c -> registered.add(c.qualified()));
        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new org.springframework.core.type.filter.AnnotationTypeFilter(
                org.springframework.data.relational.core.mapping.Table.class));
        List<String> annotated = new java.util.ArrayList<>();
        for (var bd : scanner.findCandidateComponents("org.fazhi")) {
            for (java.lang.reflect.Field f : Class.forName(bd.getBeanClassName()).getDeclaredFields()) {
                Encrypted e = f.getAnnotation(Encrypted.class);
                if (e != null) {
                    annotated.add(e.value());
                }
            }
        }
        assertThat(annotated).as("entity fields marked @Encrypted").hasSizeGreaterThanOrEqualTo(13);
        assertThat(registered).containsAll(annotated);
    }

    @Test
    void anEnforcementPartyIsFoundByItsIdentityNumberThroughTheBlindIndexAlone() {
        Map<String, Object> row = jdbc.sql("select id, party_id_no, case_no from enforcement_case"
                + " where party_id_no is not null order by id limit 1").query().singleRow();
        String idNo = cipher.decrypt("enforcement_case.party_id_no", (String) row.get("party_id_no"));
        assertThat(idNo).hasSizeGreaterThanOrEqualTo(15);
        List<Long> found = jdbc.sql("select id from enforcement_case where party_id_index = ?")
                .param(EncryptedFields.indexValue(cipher, "enforcement_case.party_id_no", idNo.toLowerCase(), true))
                .query(Long.class).list();
        assertThat(found).contains(((Number) row.get("id")).longValue());
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
