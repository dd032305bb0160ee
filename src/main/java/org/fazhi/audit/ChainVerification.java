package org.fazhi.audit;

/**
 * The result of walking the hash chain: how many entries were checked and, if the chain is broken,
 * the sequence number of the first entry whose hash or link does not match. Serializable: the
 * console flashes it to the next page through the (database) session.
 */
public record ChainVerification(long checked, Long firstBrokenSeq, String reason) implements java.io.Serializable {

    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
