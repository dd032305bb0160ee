package org.fazhi.search.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.fazhi.search.SearchChanges;
import org.fazhi.search.SearchDocument;
import org.fazhi.search.SearchIndex;
import org.fazhi.search.SearchIndexFollowed;
import org.fazhi.search.SearchSource;
import org.fazhi.shared.PerInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The search index's change log ({@code search_change}) and this instance's reader of it. A change
 * is written in the transaction that made it, with this instance's origin; every instance polls
 * the log each second ({@code fazhi.search.change-poll}, an ISO duration) and re-reads each record changed through
 * another instance from its {@link SearchSource} into its own index (this instance's own changes
 * are already indexed after their commit), then announces {@link SearchIndexFollowed} so that
 * this instance's copies of public pages are dropped. Re-reading is idempotent, so a row read twice
 * does no harm.
 *
 * <p>Ids are handed out when a row is inserted but become visible at commit, so a lower id can
 * appear after a higher one was read: the reader keeps every id it applied for {@link #LOOKBACK}
 * (by the database's clock) and reads again above the highest id older than that, so a change whose
 * transaction committed up to a minute late is still applied. On start it reads the whole log
 * (a day, {@link #RETENTION}): what changed while the instance was down is applied too. Rows older
 * than a day are deleted once a day, on one instance.
 */
@Component
public class SearchChangeFeed implements SearchChanges {

    private static final Logger log = LoggerFactory.getLogger(SearchChangeFeed.class);
    static final Duration LOOKBACK = Duration.ofMinutes(1);
    static final Duration RETENTION = Duration.ofDays(1);
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final SearchIndex index;
    private final Map<String, SearchSource> sources = new HashMap<>();
    private final ApplicationEventPublisher events;
    private final String origin = UUID.randomUUID().toString();
    /** Ids below or at this one are settled. */
    private long floor;
    /** Ids above the floor already applied, with when they were written. */
    private final TreeMap<Long, OffsetDateTime> applied = new TreeMap<>();

    /** Public: a test builds a second one for a second index, as another instance has. */
    public SearchChangeFeed(JdbcClient jdbc, @Lazy SearchIndex index, List<SearchSource> sources,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.index = index;
        sources.forEach(s -> this.sources.put(s.type(), s));
    }

    @Override
    public void changed(String key) {
        jdbc.sql("insert into search_change (doc_key, origin, changed_at) values (?, ?, current_timestamp)")
                .param(key).param(origin).update();
    }

    /** Applies the changes logged through other instances since the last poll; answers how many. */
    @Scheduled(fixedDelayString = "${fazhi.search.change-poll:PT1S}", initialDelayString = "${fazhi.search.change-poll:PT1S}")
    @PerInstance("each instance keeps its own Lucene index in step with the change log")
    public synchronized int poll() {
        OffsetDateTime now = jdbc.sql("select current_timestamp").query(OffsetDateTime.class).single();
        int done = 0;
        // from the floor each time: ids applied since are skipped, late commits above it are seen
        long after = floor;
        List<Change> changes;
        do {
            changes = jdbc.sql("select id, doc_key, origin, changed_at from search_change where id > ? order by id"
                    + " fetch first " + BATCH + " rows only").param(after)
                    .query((rs, n) -> new Change(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class)))
                    .list();
            for (Change c : changes) {
                if (applied.containsKey(c.id()) || c.id() <= floor) {
                    continue;
                }
                if (!origin.equals(c.origin())) {
                    apply(c.key());
                    done++;
                }
                applied.put(c.id(), c.changedAt());
            }
            if (!changes.isEmpty()) {
                after = changes.get(changes.size() - 1).id();
            }
        } while (changes.size() == BATCH);
        settle(now);
        if (done > 0) {
            events.publishEvent(new SearchIndexFollowed(done));
        }
        return done;
    }

    /** Moves the floor past the ids applied longer ago than the look-back. */
    private void settle(OffsetDateTime now) {
        OffsetDateTime settled = now.minus(LOOKBACK);
        while (!applied.isEmpty() && applied.firstEntry().getValue().isBefore(settled)) {
            floor = applied.pollFirstEntry().getKey();
        }
    }

    private void apply(String key) {
        int colon = key.lastIndexOf(':');
        SearchSource source = colon < 0 ? null : sources.get(key.substring(0, colon));
        if (source == null) {
            log.warn("Search change for {}: no source of that type", key);
            return;
        }
        try {
            Optional<SearchDocument> document = source.document(key);
            if (document.isPresent()) {
                index.put(document.get());
            } else {
                index.delete(key);
            }
        } catch (RuntimeException e) {
            log.warn("Search change for {} could not be applied", key, e);
        }
    }

    /** Deletes the log's rows older than a day. */
    @Scheduled(cron = "${fazhi.search.change-purge-cron:0 5 4 * * *}", zone = "${fazhi.zone:Asia/Shanghai}")
    @SchedulerLock(name = "search-change-purge", lockAtMostFor = "PT30M")
    void purge() {
        OffsetDateTime now = jdbc.sql("select current_timestamp").query(OffsetDateTime.class).single();
        int n = jdbc.sql("delete from search_change where changed_at < ?").param(now.minus(RETENTION)).update();
        if (n > 0) {
            log.info("Search change log: {} rows older than {} deleted", n, RETENTION);
        }
    }

    private record Change(long id, String key, String origin, OffsetDateTime changedAt) {
    }
}
