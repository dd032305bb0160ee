package org.fazhi.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The link of the keyed audit chain (SECURITY.md AUD-03, DI-02; GB/T 39786 8.4 g): HMAC-SM3 under
 * the chain key of the previous link's mac, the link's own position and every stored field of the
 * entry. Without the key a changed entry cannot be given a matching mac, so re-computing the chain
 * after an edit in the database does not make it verify.
 */
final class ChainMac {

    static final String GENESIS = "0".repeat(64);
    private static final char SEP = '\u001f';

    private final byte[] key;

    ChainMac(byte[] key) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("the audit chain key must have at least 128 bits");
        }
        this.key = key.clone();
    }

    /** The mac of link {@code chainSeq} joining {@code entry} to the link before it. */
    String mac(String prevMac, long chainSeq, AuditStore.Entry entry) {
        return mac(prevMac, chainSeq, entry.seq(), entry.occurredAt(), entry.actorId(), entry.actorName(),
                entry.actorUnitId(), entry.ip(), entry.entityType(), entry.entityId(), entry.action(),
                entry.outcome(), entry.changes(), entry.requestId());
    }

    String mac(String prevMac, long chainSeq, long eventSeq, Instant occurredAt, Long actorId, String actorName,
            Long actorUnitId, String ip, String entityType, String entityId, String action, String outcome,
            String changes, String requestId) {
        String text = new StringBuilder(256)
                .append(prevMac).append(SEP)
                .append(chainSeq).append(SEP)
                .append(eventSeq).append(SEP)
                .append(occurredAt.toEpochMilli()).append(SEP)
                .append(actorId).append(SEP)
                .append(actorName).append(SEP)
                .append(actorUnitId).append(SEP)
                .append(ip).append(SEP)
                .append(entityType).append(SEP)
                .append(entityId).append(SEP)
                .append(action).append(SEP)
                .append(outcome).append(SEP)
                .append(changes).append(SEP)
                .append(requestId)
                .toString();
        return hmacSm3(key, text.getBytes(StandardCharsets.UTF_8));
    }

    /** HMAC-SM3 (RFC 2104 over GB/T 32905 SM3) as 64 hex digits. */
    static String hmacSm3(byte[] key, byte[] data) {
        HMac hmac = new HMac(new SM3Digest());
        hmac.init(new KeyParameter(key));
        hmac.update(data, 0, data.length);
        byte[] out = new byte[hmac.getMacSize()];
        hmac.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
