package org.fazhi.inbox.internal;

import java.time.Instant;
import java.util.List;

/** A stored message: the title as a messages key with its arguments, rendered when read. */
public record InboxMessage(Long id, long userId, String titleKey, List<String> args, String link, Instant createdAt,
        Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}
