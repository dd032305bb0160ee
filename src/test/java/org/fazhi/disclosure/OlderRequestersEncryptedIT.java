package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.fazhi.disclosure.internal.V1_88_1__encrypt_older_requesters;
import org.fazhi.shared.privacy.FieldCipher;
import org.fazhi.support.FazhiIT;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The requesters of disclosure requests written before their identity was stored encrypted (SECURITY.md
 * DC-02): the migration V1_88_1 seals every value still in clear with the field cipher, bound to its column,
 * leaves the values already sealed as they were, and the requests read as before.
 */
@FazhiIT
class OlderRequestersEncryptedIT extends DisclosureTestBase {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    FieldCipher cipher;
    @Autowired
    V1_88_1__encrypt_older_requesters migration;

    @Test
    void dc02RequesterIdentityLeftInClearByOlderVersionsIsEncryptedByTheMigrationAndStillReads() throws Exception {
        long older = received(RequesterType.NATURAL_PERSON, "示范县2024年道路养护合同").id();
        long newer = received(RequesterType.NATURAL_PERSON, "示范县2024年河道整治方案").id();
        // as an older version wrote it: the identity in clear
        jdbc.sql("update disclosure_request set requester_name = '钱旧名', requester_id_no = '110101198001011234',"
                + " requester_contact = '13800138000', requester_address = '示范县旧街1号' where id = ?").param(older)
                .update();
        Map<String, Object> sealedBefore = row(newer);

        try (Connection connection = dataSource.getConnection()) {
            migration.migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }

        Map<String, Object> after = row(older);
        assertThat(after.values()).hasSize(4).allSatisfy(v -> assertThat((String) v).startsWith(FieldCipher.PREFIX)
                .doesNotContain("钱旧名", "110101198001011234", "13800138000", "示范县旧街1号"));
        assertThat(cipher.decrypt("disclosure_request.requester_name", (String) after.get("requester_name")))
                .isEqualTo("钱旧名");
        assertThat(cipher.decrypt("disclosure_request.requester_address", (String) after.get("requester_address")))
                .isEqualTo("示范县旧街1号");
        assertThat(row(newer)).as("values already sealed are left as they were").isEqualTo(sealedBefore);
        assertThat(request(older).requesterName()).isEqualTo("钱**");
        assertThat(as(fx.clerk(), () -> requests.reveal(older, new RevealRequest("邮寄答复书"))))
                .satisfies(p -> assertThat(p.name()).isEqualTo("钱旧名"));
        assertThat(jdbc.sql("select count(*) from disclosure_request where requester_name not like 'ENC1:%'"
                + " or requester_contact not like 'ENC1:%'").query(Long.class).single())
                .as("no requester left in clear").isZero();
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("select requester_name, requester_id_no, requester_contact, requester_address"
                + " from disclosure_request where id = ?").param(id).query().singleRow().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey().toLowerCase(), Map.Entry::getValue));
    }
}
