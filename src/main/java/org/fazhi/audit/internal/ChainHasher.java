package org.fazhi.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The SHA-256 link of the audit chain: hash(previous hash | every stored field of the entry). */
final class ChainHasher {

    static final String GENESIS = "0".repeat(64);

    private ChainHasher() {
    }

    static String hash(String prevHash, long seq, Instant occurredAt, Long actorId, String actorName, Long actorUnitId,
            String ip, String entityType, String entityId, String action, String outcome, String changes) {
        StringBuilder sb = new StringBuilder(256)
                .append(prevHash).append('\u001f')
                .append(seq).append('\u001f')
                .append(occurredAt.toEpochMilli()).append('\u001f')
                .append(actorId).append('\u001f')
                .append(actorName).append('\u001f')
                .append(actorUnitId).append('\u001f')
                .append(ip).append('\u001f')
                .append(entityType).append('\u001f')
                .append(entityId).append('\u001f')
                .append(action).append('\u001f')
                .append(outcome).append('\u001f')
                .append(changes);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
