package org.fazhi.participation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The adoption summary (采纳情况说明): how many comments, how many adopted, partly adopted, not
 * adopted and still unanswered, the same counted per article of the draft the comments were made on
 * ({@code articles}, the draft as a whole under a null article number, first), and each comment.
 */
public record AdoptionSummary(int total, int adopted, int partlyAdopted, int notAdopted, int undisposed,
        List<ArticleTally> articles, List<PublicComment> comments) {

    /** The counts of the comments on one article (null: on the draft as a whole). */
    public record ArticleTally(Integer articleNo, int total, int adopted, int partlyAdopted, int notAdopted,
            int undisposed) {
    }

    public AdoptionSummary {
        articles = List.copyOf(articles);
        comments = List.copyOf(comments);
    }

    /** The summary of these comments. */
    public static AdoptionSummary of(List<PublicComment> comments) {
        int[] all = new int[4];
        Map<Integer, int[]> perArticle = new TreeMap<>();
        int[] whole = new int[4];
        for (PublicComment c : comments) {
            int slot = c.disposition() == null ? 3 : c.disposition().ordinal();
            all[slot]++;
            (c.articleNo() == null ? whole : perArticle.computeIfAbsent(c.articleNo(), k -> new int[4]))[slot]++;
        }
        List<ArticleTally> tallies = new ArrayList<>();
        if (whole[0] + whole[1] + whole[2] + whole[3] > 0) {
            tallies.add(tally(null, whole));
        }
        perArticle.forEach((no, n) -> tallies.add(tally(no, n)));
        return new AdoptionSummary(comments.size(), all[0], all[1], all[2], all[3], tallies, comments);
    }

    /** The same counts with the comments as shown (e.g. masked or anonymous). */
    public AdoptionSummary withComments(List<PublicComment> shown) {
        return new AdoptionSummary(total, adopted, partlyAdopted, notAdopted, undisposed, articles, shown);
    }

    private static ArticleTally tally(Integer no, int[] n) {
        return new ArticleTally(no, n[0] + n[1] + n[2] + n[3], n[0], n[1], n[2], n[3]);
    }
}
