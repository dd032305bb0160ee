package org.fazhi.inbox;

import java.util.Collection;
import java.util.List;

/**
 * Sends in-app messages. Texts are stored as a messages key with arguments and rendered in the
 * reader's language; {@code link} is a console path.
 */
public interface Inbox {

    void send(Collection<Long> userIds, String titleKey, List<String> args, String link);

    /** Unread messages of the signed-in user. */
    long unreadCount();
}
