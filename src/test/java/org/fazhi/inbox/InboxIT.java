package org.fazhi.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.calendar.KernelTestSupport.console;

import java.util.List;
import java.util.UUID;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Each user's inbox: messages rendered in the reader's language, readable only by their owner. */
@FazhiIT
class InboxIT {

    @Autowired
    Inbox inbox;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    private long lastMessage(String username) {
        return jdbc.sql("select max(id) from inbox_message where user_id = ?").param(userId(username))
                .query(Long.class).single();
    }

    @Test
    void aMessageIsShownInTheReadersLanguageAndOpeningItFollowsItsLink() {
        String title = "测试事项 " + UUID.randomUUID();
        inbox.send(List.of(userId("shencha2")), "deadlines.reminder.overdue", List.of(title, "MD-06", "2024-09-11"),
                "/console/deadlines/1");
        long id = lastMessage("shencha2");
        assertThat(mvc.get().uri("/console/inbox").with(console(users, "shencha2"))).hasStatusOk().bodyText()
                .contains("【已逾期】" + title + "（MD-06）已于 2024-09-11 到期，尚未办结");
        assertThat(mvc.get().uri("/console/inbox?lang=en").with(console(users, "shencha2"))).hasStatusOk()
                .bodyText().contains("[Overdue] " + title);
        assertThat(mvc.get().uri("/console/inbox/badge").with(console(users, "shencha2"))).hasStatusOk()
                .bodyText().contains("badge");
        assertThat(mvc.post().uri("/console/inbox/" + id + "/read").with(console(users, "shencha2")))
                .hasRedirectedUrl("/console/deadlines/1");
        assertThat(jdbc.sql("select count(*) from inbox_message where id = ? and read_at is not null").param(id)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anotherUsersMessageCannotBeOpened() {
        inbox.send(List.of(userId("shencha2")), "inbox.menu", List.of(), null);
        long id = lastMessage("shencha2");
        assertThat(mvc.post().uri("/console/inbox/" + id + "/read").with(console(users, "qicao"))).hasStatus(404);
        assertThat(jdbc.sql("select count(*) from inbox_message where id = ? and read_at is null").param(id)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void markingAllReadEmptiesTheUnreadList() {
        inbox.send(List.of(userId("qicao")), "inbox.menu", List.of(), null);
        assertThat(mvc.post().uri("/console/inbox/read-all").with(console(users, "qicao")))
                .hasRedirectedUrl("/console/inbox");
        assertThat(jdbc.sql("select count(*) from inbox_message where user_id = ? and read_at is null")
                .param(userId("qicao")).query(Long.class).single()).isZero();
    }

    @Test
    void linksToOtherSitesAndBadKeysAreRefused() {
        assertThatThrownBy(() -> inbox.send(List.of(userId("qicao")), "inbox.menu", List.of(), "//evil.example/x"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> inbox.send(List.of(userId("qicao")), "inbox.menu", List.of(), "https://evil.example"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> inbox.send(List.of(userId("qicao")), "Bad Key!", List.of(), null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> inbox.send(List.of(userId("qicao")), "inbox.menu", List.of("x".repeat(501)), null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theInboxNeedsSignIn() {
        assertThat(mvc.get().uri("/console/inbox")).hasStatus3xxRedirection();
    }
}
