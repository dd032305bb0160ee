package org.fazhi.review;

/**
 * A change the reviewer requires (修改后合法), and the drafter's answer: made in which version, with
 * what note.
 */
public record RequiredChange(int itemNo, String text, Long madeInVersionId, String response) {

    public boolean made() {
        return madeInVersionId != null;
    }
}
