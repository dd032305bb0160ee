package org.fazhi.normdocs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.normdocs.CleanupCampaign;
import org.fazhi.normdocs.CleanupVerdict;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.PublicationRequest;
import org.fazhi.normdocs.Supersession;
import org.fazhi.normdocs.SupersessionRequest;
import org.fazhi.normdocs.Supersessions;
import org.fazhi.normdocs.Validity;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A cleanup's 修改 verdict does not end a document: it stays in force, listed as to be amended, until
 * the amending document is published and takes effect; then the old one shows which document amended,
 * replaced or repealed it, with the link — in the console and on the portal.
 */
@FazhiIT
class SupersessionIT extends NormdocsTestBase {

    @Autowired
    Supersessions supersessions;
    @Autowired
    MockMvcTester mvc;

    @Test
    void anAmendVerdictKeepsTheDocumentInForceUntilTheAmendingDocumentTakesEffect() {
        on(LocalDate.of(2026, 3, 2));
        NormativeDocument old = published("待修改的旧文件");
        CleanupCampaign campaign = as(fx.drafter(), () -> cleanups.start(new org.fazhi.normdocs.Cleanups.CampaignRequest(
                fx.town(), "专项清理" + fx.tag(), CleanupCampaign.CampaignKind.SPECIAL, null, List.of(old.id()))));
        as(fx.drafter(), () -> cleanups.verdict(campaign.id(), old.id(), CleanupVerdict.AMEND, "部分条款与新法不一致"));
        as(fx.drafter(), () -> cleanups.complete(campaign.id()));

        NormativeDocument listed = reload(old.id());
        assertThat(listed.validity()).as("still in force").isEqualTo(Validity.CURRENT);
        assertThat(listed.toBeAmended()).isTrue();
        assertThat(portal(old.id())).contains("现行有效").doesNotContain("已修改");

        NormativeDocument amending = draft("修改旧文件的决定", false);
        Supersession named = as(fx.drafter(), () -> supersessions.name(amending.id(),
                new SupersessionRequest(old.id(), Supersession.Kind.AMENDS)));
        assertThat(named.applied()).isFalse();
        lawful(amending.id());
        deliberate(amending.id());
        register(amending.id());
        NormativeDocument published = publish(amending.id());

        NormativeDocument amended = reload(old.id());
        assertThat(amended.validity()).isEqualTo(Validity.AMENDED);
        assertThat(amended.validity().inForce()).isTrue();
        assertThat(amended.toBeAmended()).isFalse();
        assertThat(amended.validityReason()).contains(published.title());
        assertThat(portal(old.id())).contains("修改本文件的文件", "/documents/" + published.id(), published.title());
        assertThat(portal(published.id())).contains("本文件修改了", "/documents/" + old.id());
    }

    @Test
    void aReplacementPublishedToTakeEffectLaterRepealsTheOldDocumentOnlyFromThatDay() {
        on(LocalDate.of(2026, 3, 2));
        NormativeDocument old = published("将被替代的文件");
        NormativeDocument replacement = draft("替代文件", false);
        as(fx.drafter(), () -> supersessions.name(replacement.id(),
                new SupersessionRequest(old.id(), Supersession.Kind.REPLACES)));
        lawful(replacement.id());
        deliberate(replacement.id());
        register(replacement.id());
        LocalDate effective = today().plusDays(30);
        as(fx.drafter(), () -> documents.publish(replacement.id(),
                new PublicationRequest(today(), effective, null, null)));
        assertThat(reload(old.id()).validity()).as("until the replacement takes effect").isEqualTo(Validity.CURRENT);

        on(effective);
        supersessions.applyDue(today());
        NormativeDocument repealed = reload(old.id());
        assertThat(repealed.validity()).isEqualTo(Validity.REPEALED);
        assertThat(repealed.validityChangedOn()).isEqualTo(effective);
        assertThat(portal(old.id())).contains("替代本文件的文件", "/documents/" + replacement.id());
    }

    @Test
    void onlyAPublishedDocumentInForceOtherThanItselfCanBeNamedAndOnlyBeforePublication() {
        on(LocalDate.of(2026, 3, 2));
        NormativeDocument draft = draft("修改名单文件", false);
        NormativeDocument unpublished = draft("未公布文件", false);
        invalid(() -> as(fx.drafter(), () -> supersessions.name(draft.id(),
                new SupersessionRequest(draft.id(), Supersession.Kind.REPEALS))), "documentId",
                "normdocs.supersession.itself");
        invalid(() -> as(fx.drafter(), () -> supersessions.name(draft.id(),
                new SupersessionRequest(unpublished.id(), Supersession.Kind.REPEALS))), "documentId",
                "normdocs.supersession.not-in-force");
        NormativeDocument inForce = published("名单中的现行文件");
        as(fx.drafter(), () -> supersessions.name(draft.id(), new SupersessionRequest(inForce.id(),
                Supersession.Kind.REPEALS)));
        invalid(() -> as(fx.drafter(), () -> supersessions.name(draft.id(),
                new SupersessionRequest(inForce.id(), Supersession.Kind.AMENDS))), "documentId",
                "normdocs.supersession.already-named");
        NormativeDocument done = published("已公布的新文件");
        refused(() -> as(fx.drafter(), () -> supersessions.name(done.id(),
                new SupersessionRequest(inForce.id(), Supersession.Kind.AMENDS))), "wrong-status");
    }

    private String portal(long id) {
        MvcTestResult r = mvc.get().uri("/documents/" + id).exchange();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        try {
            return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
