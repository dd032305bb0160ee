package org.fazhi.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.fazhi.indicators.AssessmentRounds;
import org.fazhi.indicators.EvidenceFile;
import org.fazhi.indicators.Indicator;
import org.fazhi.indicators.IndicatorSystems;
import org.fazhi.indicators.SelfScoreRequest;
import org.fazhi.publicity.ActivityKind;
import org.fazhi.publicity.ActivityRequest;
import org.fazhi.publicity.Material;
import org.fazhi.publicity.PublicityActivities;
import org.fazhi.publicity.PublicityActivity;
import org.fazhi.shared.NotFoundException;
import org.fazhi.support.FazhiIT;
import org.fazhi.units.ActingAs;
import org.fazhi.units.Role;
import org.fazhi.units.UserAccounts;
import org.fazhi.units.UserDraft;
import org.fazhi.units.Units;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Files follow their records (SECURITY.md AC-04, AC-06), for the two modules that still left them to
 * "the uploader alone": a publicity activity's material is read by a colleague of the organising unit
 * (not the uploader) and refused as unknown to another township; a unit's self-assessment evidence is
 * read by a colleague of the assessed unit and by the assessing county office, and refused as unknown
 * to another assessed township.
 */
@FazhiIT
class FilesFollowTheirRecordsIT {

    @Autowired
    ActingAs as;
    @Autowired
    FileStore files;
    @Autowired
    Units units;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PublicityActivities activities;
    @Autowired
    AssessmentRounds rounds;
    @Autowired
    IndicatorSystems systems;
    @Autowired
    JdbcClient jdbc;

    private String colleague(String unitCode, Role role) {
        String username = "ff" + Long.toString(System.nanoTime(), 36);
        long unit = units.findByCode(unitCode).orElseThrow().id();
        var issued = as.run("admin", () -> accounts.create(new UserDraft(username, "同事" + username, unit, null, null,
                true, null, null)));
        as.run("secadmin", () -> accounts.grantRoles(issued.userId(), EnumSet.of(role)));
        return username;
    }

    private String read(String user, long fileId) {
        return as.run(user, () -> {
            try (var in = files.content(fileId).getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void aPublicityMaterialIsReadByAColleagueOfTheOrganisingUnitAndIsUnknownToAnotherTownship() {
        long donghu = units.findByCode("SFX-DH").orElseThrow().id();
        LocalDate day = LocalDate.now().plusDays(5);
        PublicityActivity a = as.run("donghu", () -> activities.plan(new ActivityRequest(donghu, null, "随记录的资料",
                ActivityKind.LECTURE, day, day, "东湖镇文化站", "村民", "宪法宣传", null)));
        List<StoredFile> stored = as.run("donghu", () -> activities.addMaterials(a.id(), List.of(new Material(
                new ByteArrayInputStream("宪法宣传挂图".getBytes(StandardCharsets.UTF_8)), "挂图.txt", "text/plain"))));
        long fileId = stored.get(0).id();
        String colleague = colleague("SFX-DH", Role.DRAFTER);
        assertThat(read(colleague, fileId)).as("a colleague, not the uploader").isEqualTo("宪法宣传挂图");
        assertThat(read("fzb", fileId)).as("the county office, whose scope holds the township").isEqualTo("宪法宣传挂图");
        assertThatThrownBy(() -> read("xishan", fileId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> read("zhifa1", fileId)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void selfAssessmentEvidenceIsReadByTheAssessedUnitAndTheAssessingOfficeAndIsUnknownToAnotherTownship() {
        long county = units.findByCode("SFX").orElseThrow().id();
        long donghu = units.findByCode("SFX-DH").orElseThrow().id();
        Long roundId = jdbc.sql("select min(id) from assessment_round where unit_id = ? and status = 'OPEN'")
                .param(county).query(Long.class).single();
        assertThat(roundId).as("the demo year's assessment is open").isNotNull();
        long systemId = jdbc.sql("select system_id from assessment_round where id = ?").param(roundId)
                .query(Long.class).single();
        List<Indicator> manual = systems.treeOf(systemId).indicators().stream().filter(Indicator::manual).toList();
        Indicator indicator = manual.get(manual.size() - 1);
        as.run("donghu", () -> rounds.selfAssess(roundId, donghu, indicator.id(),
                new SelfScoreRequest(indicator.weight(), "见佐证材料"), new EvidenceFile(new ByteArrayInputStream(
                        "述法报告佐证".getBytes(StandardCharsets.UTF_8)), "佐证.txt", "text/plain")));
        long fileId = jdbc.sql("select evidence_file_id from assessment_score where round_id = ? and unit_id = ?"
                + " and indicator_id = ?").params(roundId, donghu, indicator.id()).query(Long.class).single();
        String colleague = colleague("SFX-DH", Role.RULE_OF_LAW_OFFICE);
        assertThat(read(colleague, fileId)).as("a colleague of the assessed unit").isEqualTo("述法报告佐证");
        assertThat(read("fzb", fileId)).as("the assessing county office").isEqualTo("述法报告佐证");
        assertThatThrownBy(() -> read("xishan", fileId)).as("another assessed township")
                .isInstanceOf(NotFoundException.class);
        String drafter = colleague("SFX-DH", Role.DRAFTER);
        assertThatThrownBy(() -> read(drafter, fileId)).as("a colleague without an overseeing role")
                .isInstanceOf(NotFoundException.class);
    }
}
