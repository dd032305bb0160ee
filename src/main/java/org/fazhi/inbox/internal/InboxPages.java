package org.fazhi.inbox.internal;


import org.fazhi.shared.MenuEntry;
import org.fazhi.shared.PageQuery;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 我的消息: the signed-in user's messages, newest first, rendered in the reader's language; opening
 * one marks it read and follows its link. {@code /console/inbox/badge} is a small fragment with the
 * unread count for the console header.
 */
@Controller
class InboxPages {

    /** A message as shown: its title rendered in the reader's language. */
    record Shown(InboxMessage message, String title, String when) {
    }

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm");

    private final InAppInbox inbox;
    private final MessageSource messages;
    private final java.time.Clock clock;

    InboxPages(InAppInbox inbox, MessageSource messages, java.time.Clock clock) {
        this.inbox = inbox;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/console/inbox")
    String list(@RequestParam(required = false) Integer page, @RequestParam(defaultValue = "false") boolean unread,
            Model model) {
        var result = inbox.mine(unread, PageQuery.of(page, 30));
        model.addAttribute("page", result.map(m -> new Shown(m, title(m), WHEN.withZone(clock.getZone()).format(m.createdAt()))));
        model.addAttribute("unread", unread);
        model.addAttribute("unreadCount", inbox.unreadCount());
        return "inbox/list";
    }

    @PostMapping("/console/inbox/{id}/read")
    String read(@PathVariable long id) {
        InboxMessage m = inbox.read(id);
        return "redirect:" + (m.link() != null && InAppInbox.isLocalPath(m.link()) ? m.link() : "/console/inbox");
    }

    @PostMapping("/console/inbox/read-all")
    String readAll(RedirectAttributes redirect) {
        int n = inbox.readAll();
        redirect.addFlashAttribute("flashSuccess", text("inbox.read-all.done", String.valueOf(n)));
        return "redirect:/console/inbox";
    }

    @GetMapping("/console/inbox/badge")
    String badge(Model model) {
        model.addAttribute("unreadCount", inbox.unreadCount());
        return "inbox/badge :: badge";
    }


    private String title(InboxMessage m) {
        return messages.getMessage(m.titleKey(), m.args().toArray(), m.titleKey(), LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    @Configuration(proxyBeanMethods = false)
    static class Menu {

        @Bean
        MenuEntry inboxMenuEntry() {
            return MenuEntry.of("work", 20, "inbox.menu", "/console/inbox");
        }
    }

}
