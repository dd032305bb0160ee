package org.fazhi.normdocs.web;

import java.util.List;
import org.fazhi.normdocs.DraftRequest;
import org.fazhi.normdocs.IssuingBodies;
import org.fazhi.normdocs.IssuingBody;
import org.fazhi.normdocs.NormativeDocuments;
import org.fazhi.normdocs.VersionRequest;
import org.fazhi.review.ConclusionRequest;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.ReviewDesks;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.LegalityReview;
import org.fazhi.units.ActingAs;
import org.fazhi.units.Unit;
import org.fazhi.units.UnitDraft;
import org.fazhi.units.UnitKind;
import org.fazhi.units.UnitLevel;
import org.fazhi.units.Units;

/**
 * Fresh, uniquely named issuing bodies for the web tests, so that document numbers never collide
 * with another test's on a shared database: a new county department (reviewed by the county justice
 * bureau) listed as a body registered by 示范县司法局, or with a registering office of its own.
 */
public class Fixtures {

    /** A body of a new unit; {@code office} is its registering office's code. */
    public record Body(IssuingBody body, Unit unit, String office) {
    }

    private final Units units;
    private final IssuingBodies bodies;
    private final ReviewDesks desks;
    private final ActingAs acting;

    public Fixtures(Units units, IssuingBodies bodies, ReviewDesks desks, ActingAs acting) {
        this.units = units;
        this.bodies = bodies;
        this.desks = desks;
        this.acting = acting;
    }

    /**
     * A new body of 示范县市场监督管理局 (where the demo drafter qicao works: a unit drafts only for its
     * own bodies or those above it), reviewed and registered by 示范县司法局 (SFDR).
     */
    public Body countyBody() {
        return acting.run("fzb", () -> {
            Unit unit = units.findByCode("SFX-SJJ").orElseThrow();
            long justice = units.findByCode("SFX-SFJ").orElseThrow().id();
            desks.assign(unit.id(), justice);
            IssuingBody body = bodies.add(new IssuingBodies.BodyRequest(unit.id(), "测试主体" + WebSupport.unique("B"),
                    "测" + WebSupport.uniqueLetters(6) + "发", justice));
            return new Body(body, unit, "SFDR");
        });
    }

    /** A new body of 示范县市场监督管理局 registered by a new registering office with a fresh code. */
    public Body bodyWithOwnOffice() {
        return acting.run("fzb", () -> {
            Unit officeUnit = newUnit();
            Unit unit = units.findByCode("SFX-SJJ").orElseThrow();
            String office = "T" + WebSupport.uniqueLetters(8);
            bodies.registerOffice(officeUnit.id(), office);
            IssuingBody body = bodies.add(new IssuingBodies.BodyRequest(unit.id(), "测试主体" + WebSupport.unique("O"),
                    "导" + WebSupport.uniqueLetters(6) + "发", officeUnit.id()));
            return new Body(body, unit, office);
        });
    }

    /**
     * A document of a fresh county body reviewed twice: round 1 found version 1 修改后合法 with two
     * required changes (concluded early, with the reason), version 2 answered both, round 2 is open.
     * Drafted by qicao, reviewed by shencha.
     */
    public LegalityReview secondRound(NormativeDocuments documents, LegalityReviews reviews) {
        Body body = countyBody();
        String v1 = "第一条 为规范农贸市场管理，制定本办法。\n第二条 对违规经营者一律停业整顿。\n第三条 本办法自公布之日起施行。";
        String v2 = "第一条 为规范农贸市场管理，制定本办法。\n第二条 对违规经营者依照有关法律、法规处理。\n第三条 本办法自公布之日起施行，有效期5年。";
        var d = acting.run("qicao", () -> documents.create(new DraftRequest(body.body().id(), null, null,
                "示范县农贸市场管理办法", false, v1, "农贸市场管理缺少规范，起草本办法。", "《农产品质量安全法》", "不涉及群众切身利益，对权利义务没有重大影响")));
        LegalityReview first = acting.run("qicao", () -> documents.submitForReview(d.id()));
        acting.run("shencha", () -> reviews.conclude(first.id(), new ConclusionRequest(ReviewOutcome.LAWFUL_WITH_CHANGES,
                "修改后合法。", List.of("第二条“一律停业整顿”缺乏依据，应修改。", "第三条应明确有效期。"), "材料齐全，提前办结。")));
        return acting.run("qicao", () -> {
            documents.addVersion(d.id(), new VersionRequest("示范县农贸市场管理办法", v2, "农贸市场管理缺少规范，起草本办法。",
                    "《农产品质量安全法》", "按审核意见修改。", first.id(), List.of(
                            new VersionRequest.ChangeResponse(1, "已改为依法处理。"),
                            new VersionRequest.ChangeResponse(2, "已明确有效期5年。"))));
            return documents.submitForReview(d.id());
        });
    }

    private Unit newUnit() {
        long county = units.findByCode("SFX").orElseThrow().id();
        String code = WebSupport.unique("T-ND");
        return units.create(new UnitDraft(county, code, "测试局" + code, UnitKind.DEPARTMENT, UnitLevel.COUNTY, 50, true));
    }
}
