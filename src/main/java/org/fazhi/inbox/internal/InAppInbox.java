package org.fazhi.inbox.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.fazhi.inbox.Inbox;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-app inbox. Any module sends; each signed-in user reads only their own messages (another
 * user's message answers 404). Links are paths of this site only.
 */
@Service
@Transactional
class InAppInbox implements Inbox {

    static final int MAX_RECIPIENTS = 10_000;
    static final int MAX_ARGS = 10;
    static final int MAX_ARG_LENGTH = 500;

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9._-]{0,99}");

    private final InboxStore store;

    InAppInbox(InboxStore store) {
        this.store = store;
    }

    @Override
    public void send(Collection<Long> userIds, String titleKey, List<String> args, String link) {
        if (titleKey == null || !KEY.matcher(titleKey).matches()) {
            throw InvalidInputException.field("titleKey", "inbox.key.invalid");
        }
        List<String> values = args == null ? List.of() : args.stream().map(a -> a == null ? "" : a).toList();
        if (values.size() > MAX_ARGS || values.stream().anyMatch(a -> a.length() > MAX_ARG_LENGTH)) {
            throw InvalidInputException.field("args", "inbox.args.invalid", MAX_ARGS, MAX_ARG_LENGTH);
        }
        if (link != null && !isLocalPath(link)) {
            throw InvalidInputException.field("link", "inbox.link.invalid");
        }
        Set<Long> recipients = new LinkedHashSet<>();
        if (userIds != null) {
            userIds.stream().filter(Objects::nonNull).forEach(recipients::add);
        }
        if (recipients.size() > MAX_RECIPIENTS) {
            throw InvalidInputException.field("userIds", "inbox.recipients.too-many", String.valueOf(MAX_RECIPIENTS));
        }
        recipients.forEach(u -> store.insert(u, titleKey, values, link));
    }

    @Override
    @Transactional(readOnly = true)
    public long unreadCount() {
        Long user = Actor.current().userId();
        return user == null ? 0 : store.count(user, true);
    }

    @Transactional(readOnly = true)
    PageResult<InboxMessage> mine(boolean unreadOnly, PageQuery page) {
        long user = self();
        return new PageResult<>(store.of(user, unreadOnly, page.size(), page.offset()), page.page(), page.size(),
                store.count(user, unreadOnly));
    }

    /** Marks one of the user's messages read and returns it (for following its link). */
    InboxMessage read(long id) {
        long user = self();
        InboxMessage m = store.find(id, user).orElseThrow(() -> new NotFoundException("inbox-message", id));
        store.markRead(id, user);
        return m;
    }

    int readAll() {
        return store.markAllRead(self());
    }

    static boolean isLocalPath(String link) {
        return link.length() <= 500 && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\")
                && link.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    private static long self() {
        Long user = Actor.current().userId();
        if (user == null) {
            throw new NotFoundException("inbox", "self");
        }
        return user;
    }
}
