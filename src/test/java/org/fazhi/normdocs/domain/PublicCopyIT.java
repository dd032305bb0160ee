package org.fazhi.normdocs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.fazhi.normdocs.DraftRequest;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.PublicationRequest;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * PI-03: a text holding natural persons' identifiers is published only as a public copy with them
 * removed, checked by a second person; the one who checked does not publish. The portal, the public
 * API and the search index never show an ID number or a mobile number.
 */
@FazhiIT
class PublicCopyIT extends NormdocsTestBase {

    private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

    @Autowired
    MockMvcTester mvc;

    @Test
    void aTextWithIdentifiersIsPublishedOnlyAfterASecondPersonClearedItsPublicCopy() throws Exception {
        on(LocalDate.of(2026, 3, 2));
        String id = "110105194912310021";
        String body = "第一条 联系人王某，身份证号" + id + "，电话13900001111。\n第二条 本办法自公布之日起施行。";
        NormativeDocument d = as(fx.drafter(), () -> documents.create(new DraftRequest(fx.body().id(), null, null,
                "含个人信息文件" + fx.tag(), false, body, "说明", "依据", "内部工作规范，不涉及群众切身利益")));
        lawful(d.id());
        deliberate(d.id());
        register(d.id());
        PublicationRequest publication = new PublicationRequest(today(), today(), null, null);

        refused(() -> as(fx.drafter(), () -> documents.publish(d.id(), publication)), "public-copy-not-cleared");
        as(fx.drafter(), () -> documents.clearPublicCopy(d.id()));
        refused(() -> as(fx.drafter(), () -> documents.publish(d.id(), publication)),
                "public-copy-cleared-by-publisher");
        NormativeDocument published = as("fzb", () -> documents.publish(d.id(), publication));
        assertThat(published.published()).isTrue();

        String page = mvc.get().uri("/documents/" + d.id()).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String api = mvc.get().uri("/api/v1/public/normdocs/" + d.id()).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        for (String publicSide : new String[] {page, api}) {
            var idFound = ID_NUMBER.matcher(publicSide);
            assertThat(idFound.find()).as("an ID number on the public side: %s", publicSide).isFalse();
            var mobileFound = MOBILE.matcher(publicSide);
            assertThat(mobileFound.find()).as("a mobile number on the public side: %s", publicSide).isFalse();
            assertThat(publicSide).contains("[已隐去]");
        }
        // the official text keeps them for the staff who may see the document
        assertThat(as(fx.drafter(), () -> documents.currentVersion(d.id())).body()).contains(id);
    }

    @Test
    void aTextWithoutIdentifiersHasNothingToClearAndIsPublishedDirectly() {
        on(LocalDate.of(2026, 3, 2));
        NormativeDocument d = draft("无个人信息文件", false);
        lawful(d.id());
        deliberate(d.id());
        register(d.id());
        refused(() -> as(fx.drafter(), () -> documents.clearPublicCopy(d.id())), "nothing-to-clear");
        assertThat(publish(d.id()).published()).isTrue();
    }
}
