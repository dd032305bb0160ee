package org.fazhi.normdocs;

import java.time.LocalDate;

/**
 * A later document amends, replaces or repeals an earlier one: named while the later one is drafted,
 * applied when it is published ({@code appliedOn}); from then the earlier one shows which document
 * changed it, with the link, on the console and the portal.
 */
public record Supersession(Kind kind, long newDocumentId, String newTitle, String newDocumentNumber,
        long oldDocumentId, String oldTitle, String oldDocumentNumber, LocalDate appliedOn) {

    /** What the later document does to the earlier one. */
    public enum Kind {
        /** 修改: the earlier document stays in force as amended (已修改). */
        AMENDS(Validity.AMENDED),
        /** 替代: the earlier document is repealed and the later one takes its place. */
        REPLACES(Validity.REPEALED),
        /** 废止: the later document repeals the earlier one. */
        REPEALS(Validity.REPEALED);

        private final Validity result;

        Kind(Validity result) {
            this.result = result;
        }

        /** The earlier document's validity once the later one is published. */
        public Validity result() {
            return result;
        }
    }

    public boolean applied() {
        return appliedOn != null;
    }
}
