package org.fazhi.normdocs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.internal.DocumentIndexer;
import org.fazhi.search.SearchHit;
import org.fazhi.search.SearchIndex;
import org.fazhi.search.SearchQuery;
import org.fazhi.search.SearchSource;
import org.fazhi.search.internal.LuceneSearchIndex;
import org.fazhi.search.internal.SearchChangeFeed;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Search across instances (issue 8): a second instance's index (its own Lucene directory and its
 * own reader of the change log, on the same database) finds a document published through this
 * instance within 5 seconds, polling at the configured second; an instance started later applies
 * the day's log on its first poll. The index follows the database's change log, not this
 * instance's memory.
 */
@FazhiIT
class SearchAcrossInstancesIT extends NormdocsTestBase {

    private static final Duration POLL = Duration.ofSeconds(1);

    @Autowired
    List<SearchSource> sources;
    @Autowired
    SearchIndex here;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @TempDir
    Path otherDirectory;

    private static List<String> keys(SearchIndex index, String text) {
        return index.search(new SearchQuery(text, DocumentIndexer.TYPE, Map.of(), true, 0, 50)).hits().stream()
                .map(SearchHit::key).toList();
    }

    /** Polls the other instance's feed each second until the test holds; answers the time it took. */
    private static Duration until(SearchChangeFeed feed, java.util.function.BooleanSupplier found)
            throws InterruptedException {
        long start = System.nanoTime();
        while (!found.getAsBoolean()) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time until the other instance follows")
                    .isLessThan(Duration.ofSeconds(5));
            Thread.sleep(POLL.toMillis());
            feed.poll();
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Test
    void aDocumentPublishedThroughOneInstanceIsFoundByTheOthersSearchWithinFiveSeconds() throws Exception {
        try (LuceneSearchIndex other = new LuceneSearchIndex(otherDirectory.toString(), sources)) {
            SearchChangeFeed otherFeed = new SearchChangeFeed(jdbc, other, sources, events);
            otherFeed.poll();
            String words = "跨实例检索试点";

            NormativeDocument d = published(words + "办法");
            String key = DocumentIndexer.key(d.id());
            assertThat(keys(here, words)).as("this instance indexes at commit").contains(key);

            Duration took = until(otherFeed, () -> keys(other, words).contains(key));
            assertThat(took).isLessThan(Duration.ofSeconds(5));
            assertThat(jdbc.sql("select count(*) from search_change where doc_key = ?").param(key).query(Long.class)
                    .single()).as("change rows written with the publication").isPositive();
        }
    }

    @Test
    void aChangeReadTwiceOrFromARestartedInstanceIsAppliedOnce() throws Exception {
        String words = "跨实例重启检索";
        NormativeDocument d = published(words + "规定");
        String key = DocumentIndexer.key(d.id());
        // an instance started after the publication reads the day's log on its first poll
        try (LuceneSearchIndex other = new LuceneSearchIndex(otherDirectory.toString(), sources)) {
            SearchChangeFeed otherFeed = new SearchChangeFeed(jdbc, other, sources, events);
            assertThat(otherFeed.poll()).isPositive();
            assertThat(keys(other, words)).containsExactly(key);
            assertThat(otherFeed.poll()).as("nothing new to apply").isZero();
            assertThat(keys(other, words)).containsExactly(key);
        }
    }
}
