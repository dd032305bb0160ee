package org.fazhi.disclosure.internal;

import java.time.LocalDate;
import java.util.Locale;
import org.fazhi.disclosure.ProactiveCategory;
import org.fazhi.disclosure.ProactiveChange;
import org.fazhi.disclosure.ProactiveDisclosures;
import org.fazhi.lists.ListKind;
import org.fazhi.lists.ListPublished;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A published version of a unit's list (权责清单, 行政许可事项清单, 证明事项清单, 公共服务事项清单) is a proactive
 * disclosure item (条例第二十条第（一）项, 主动公开目录): registered as formed (the first version) or changed, and
 * published on the day the list module announces it, with the link to the list on the portal. In the
 * publication's transaction.
 */
@Component
class ListsProactiveListener {

    private final ProactiveDisclosures proactive;
    private final MessageSource messages;
    private final java.time.Clock clock;

    ListsProactiveListener(ProactiveDisclosures proactive, MessageSource messages, java.time.Clock clock) {
        this.proactive = proactive;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    void on(ListPublished e) {
        LocalDate today = LocalDate.now(clock);
        String kind = messages.getMessage("lists.kind." + e.kind().name(), null, e.kind().name(), Locale.CHINA);
        String title = messages.getMessage("disclosure.proactive.from-list", new Object[] {kind,
                String.valueOf(e.effectiveDate())}, kind, Locale.CHINA);
        ProactiveCategory category = e.kind() == ListKind.SERVICE ? ProactiveCategory.PUBLIC_SERVICES
                : e.kind() == ListKind.LICENSING ? ProactiveCategory.LICENSING : ProactiveCategory.POWER_LISTS;
        proactive.registerPublished(e.unitId(), title, category, ProactiveChange.CHANGED, today, today,
                "/lists/" + e.listId(), "lists", e.listId() + ":" + e.versionId());
    }
}
