package org.fazhi.search.internal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.fazhi.search.SearchDocument;
import org.fazhi.search.SearchHit;
import org.fazhi.search.SearchIndex;
import org.fazhi.search.SearchQuery;
import org.fazhi.search.SearchResult;
import org.fazhi.search.SearchSource;
import org.fazhi.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Lucene index under {@code <data-dir>/index}. Each query word must occur in the record as an
 * exact substring of the title, the body or a number (an n-gram phrase: what a LIKE search finds,
 * one-character words and Chinese next to digits included), or be a whole document/registration
 * number; ranking is BM25 over those phrases, boosted in titles and numbers and by the smartcn
 * words of the title. Words written apart do not match: 农村宅基地 is not found in 农村村民的宅基地,
 * 农村 宅基地 is. User text never goes through a query parser: Lucene syntax characters are just
 * text. Filters are exact facet terms; totals are exact. Latin letters and digits are indexed as
 * whole words, so a part of one ({@code 202500001} of {@code SFDR202500001}) is not found.
 *
 * <p>Writes are visible to searches when they return. A rebuild replaces each record in place and
 * drops the records its source no longer has only at the end, so searches never see an empty
 * catalog meanwhile; changes written during a rebuild are applied again after it, so a rebuild
 * reading older data cannot undo them. An index written by an older format (analyzers changed) is
 * emptied on start and, like an empty one, reloaded from the sources in the background.
 *
 * <p>Public (with its constructor) so that the search benchmark runs exactly this code.
 */
@Component
@Order(500)
public class LuceneSearchIndex implements SearchIndex, ApplicationRunner, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LuceneSearchIndex.class);
    /** Bump when the analyzers or fields change: older indexes are then rebuilt. */
    static final String FORMAT = "4";
    private static final String FORMAT_KEY = "fazhi.format";
    private static final String KEY = "key";
    private static final String KEY_DV = "key_dv";
    private static final String TYPE = "type";
    private static final String PUBLIC = "public";
    private static final String DATE = "date";
    private static final String FACET_PREFIX = "f_";
    private static final int MAX_PAGE_WINDOW = 10_000;
    private static final int MAX_TERMS = 10;
    /** Hits counted while collecting the best ones; beyond, the total comes from a count without scores. */
    private static final int EXACT_UP_TO = 10_000;

    private final Analyzer analyzer = Analyzers.perField();
    private final Analyzer ngram = Analyzers.ngrams();
    private final QueryBuilder smart = new QueryBuilder(new SmartChineseAnalyzer());
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final List<SearchSource> sources;
    private final Object writeLock = new Object();
    private final Object rebuildLock = new Object();
    /** Records written while a rebuild runs (empty: deleted); guarded by writeLock, null otherwise. */
    private Map<String, Optional<SearchDocument>> writtenDuringRebuild;

    public LuceneSearchIndex(@Value("${fazhi.search.directory:${fazhi.data-dir:./data}/index}") String directory,
            List<SearchSource> sources) throws IOException {
        Path dir = Path.of(directory);
        Files.createDirectories(dir);
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(FSDirectory.open(dir), config);
        String format = null;
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (FORMAT_KEY.equals(e.getKey())) {
                    format = e.getValue();
                }
            }
        }
        if (!FORMAT.equals(format)) {
            if (writer.getDocStats().maxDoc > 0) {
                log.info("Search index format {} is not {}: emptied, to be reloaded from the sources", format, FORMAT);
            }
            writer.deleteAll();
        }
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
        this.writer.commit();
        this.searchers = new SearcherManager(writer, null);
        this.sources = List.copyOf(sources);
    }

    @Override
    public void run(ApplicationArguments args) {
        for (SearchSource source : sources) {
            if (count(source.type()) == 0) {
                Thread t = new Thread(() -> {
                    try {
                        int n = rebuild(source.type());
                        log.info("Search index: {} {} record(s) loaded", n, source.type());
                    } catch (RuntimeException e) {
                        log.warn("Search index rebuild of {} failed", source.type(), e);
                    }
                }, "search-rebuild-" + source.type());
                t.setDaemon(true);
                t.start();
            }
        }
    }

    @Override
    public List<String> types() {
        return sources.stream().map(SearchSource::type).distinct().sorted().toList();
    }

    @Override
    public void put(SearchDocument d) {
        try {
            synchronized (writeLock) {
                writer.updateDocument(new Term(KEY, d.key()), toLucene(d));
                if (writtenDuringRebuild != null) {
                    writtenDuringRebuild.put(d.key(), Optional.of(d));
                }
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            synchronized (writeLock) {
                writer.deleteDocuments(new Term(KEY, key));
                if (writtenDuringRebuild != null) {
                    writtenDuringRebuild.put(key, Optional.empty());
                }
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int rebuild(String type) {
        SearchSource source = sources.stream().filter(s -> s.type().equals(type)).findFirst()
                .orElseThrow(() -> InvalidInputException.field("type", "search.type.unknown", type));
        synchronized (rebuildLock) {
            synchronized (writeLock) {
                writtenDuringRebuild = new HashMap<>();
            }
            try {
                Set<String> seen = new HashSet<>();
                source.forEach(d -> {
                    if (!type.equals(d.type())) {
                        return;
                    }
                    try {
                        writer.updateDocument(new Term(KEY, d.key()), toLucene(d));
                        seen.add(d.key());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                searchers.maybeRefreshBlocking();
                Set<String> indexed = keys(new TermQuery(new Term(TYPE, type)));
                synchronized (writeLock) {
                    for (String key : indexed) {
                        if (!seen.contains(key) && !writtenDuringRebuild.containsKey(key)) {
                            writer.deleteDocuments(new Term(KEY, key));
                        }
                    }
                    for (Map.Entry<String, Optional<SearchDocument>> e : writtenDuringRebuild.entrySet()) {
                        if (e.getValue().isPresent()) {
                            writer.updateDocument(new Term(KEY, e.getKey()), toLucene(e.getValue().get()));
                        } else {
                            writer.deleteDocuments(new Term(KEY, e.getKey()));
                        }
                    }
                    writtenDuringRebuild = null;
                }
                commit();
                return seen.size();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                synchronized (writeLock) {
                    writtenDuringRebuild = null;
                }
            }
        }
    }

    /** Drops every record of {@code type} (what a lost index directory looks like); rebuild restores it. */
    public void clear(String type) {
        try {
            synchronized (writeLock) {
                writer.deleteDocuments(new Term(TYPE, type));
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long count(String type) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return s.count(new TermQuery(new Term(TYPE, type)));
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public SearchResult search(SearchQuery q) {
        long start = System.nanoTime();
        if (q.page() < 0 || q.size() < 1 || q.size() > 100 || (long) (q.page() + 1) * q.size() > MAX_PAGE_WINDOW) {
            throw InvalidInputException.field("page", "search.page.range");
        }
        List<String> terms = terms(q);
        Query query = query(q, terms);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int window = (q.page() + 1) * q.size();
                // the best hits with block-max skipping, then the exact total by counting (no scores)
                TopDocs top = terms.isEmpty()
                        ? searcher.search(query, new TopFieldCollectorManager(
                                new Sort(new SortField(DATE, SortField.Type.LONG, true)), window, null, EXACT_UP_TO))
                        : searcher.search(query, new TopScoreDocCollectorManager(window, null, EXACT_UP_TO));
                long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value
                        : searcher.count(query);
                List<SearchHit> hits = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                var stored = searcher.storedFields();
                for (int i = q.page() * q.size(); i < docs.length; i++) {
                    hits.add(toHit(stored.document(docs[i].doc), docs[i].score, terms));
                }
                return new SearchResult(hits, total, q.page(), q.size(), micros(start));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The keys of every record the query matches, paging ignored (for exports, and for the benchmark's
     * recall against a LIKE search).
     */
    public Set<String> matchingKeys(SearchQuery q) {
        try {
            return keys(query(q, terms(q)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query words: split at white space, folded as the index folds, at most {@value #MAX_TERMS}. */
    private static List<String> terms(SearchQuery q) {
        String text = q.text() == null ? "" : q.text().strip();
        if (text.length() > SearchQuery.MAX_TEXT) {
            throw InvalidInputException.field("q", "search.text.too-long", SearchQuery.MAX_TEXT);
        }
        return Arrays.stream(Snippets.fold(text).split("[\\s\\u3000]+")).filter(t -> !t.isBlank()).distinct()
                .limit(MAX_TERMS).toList();
    }

    /**
     * Every word must occur in title, body or numbers (one n-gram phrase each, over the combined
     * field); the ranking adds, for the documents that match, the phrases in the title and the
     * numbers, whole numbers and the smartcn words of the title.
     */
    private Query query(SearchQuery q, List<String> terms) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (terms.isEmpty()) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        for (String term : terms) {
            Query match = substring(Analyzers.TEXT_NGRAM, term);
            query.add(match != null ? match : new TermQuery(new Term(Analyzers.NUMBER_EXACT, term)), Occur.MUST);
            add(query, substring(Analyzers.TITLE_NGRAM, term), 3f);
            add(query, substring(Analyzers.NUMBERS, term), 3f);
            add(query, new TermQuery(new Term(Analyzers.NUMBER_EXACT, term)), 10f);
        }
        if (!terms.isEmpty()) {
            add(query, smart.createBooleanQuery(Analyzers.TITLE, String.join(" ", terms), Occur.SHOULD), 1f);
        }
        if (q.type() != null) {
            query.add(new TermQuery(new Term(TYPE, q.type())), Occur.FILTER);
        }
        if (q.publicOnly()) {
            query.add(new TermQuery(new Term(PUBLIC, "true")), Occur.FILTER);
        }
        q.filters().forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                query.add(new TermQuery(new Term(FACET_PREFIX + k, v)), Occur.FILTER);
            }
        });
        return query.build();
    }

    /** The n-gram phrase that matches where {@code text} occurs as a substring; null without tokens. */
    Query substring(String field, String text) {
        List<Analyzers.Positioned> tokens = Analyzers.substringTokens(ngram, field, text);
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0).term()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (Analyzers.Positioned t : tokens) {
            phrase.add(new Term(field, t.term()), t.position());
        }
        return phrase.build();
    }

    private static void add(BooleanQuery.Builder b, Query q, float boost) {
        if (q != null) {
            b.add(new BoostQuery(q, boost), Occur.SHOULD);
        }
    }

    private Set<String> keys(Query query) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.search(query, new CollectorManager<KeyCollector, Set<String>>() {
                @Override
                public KeyCollector newCollector() {
                    return new KeyCollector();
                }

                @Override
                public Set<String> reduce(Collection<KeyCollector> collectors) {
                    Set<String> all = new HashSet<>();
                    collectors.forEach(c -> all.addAll(c.keys));
                    return all;
                }
            });
        } finally {
            searchers.release(s);
        }
    }

    /** Collects the keys of matching records from their doc values. */
    private static final class KeyCollector extends SimpleCollector {
        final Set<String> keys = new HashSet<>();
        private SortedDocValues values;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            values = DocValues.getSorted(context.reader(), KEY_DV);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (values.advanceExact(doc)) {
                keys.add(values.lookupOrd(values.ordValue()).utf8ToString());
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    private void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private static Document toLucene(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(KEY, d.key(), Field.Store.YES));
        doc.add(new SortedDocValuesField(KEY_DV, new BytesRef(d.key())));
        doc.add(new StringField(TYPE, d.type(), Field.Store.YES));
        doc.add(new StringField(PUBLIC, Boolean.toString(d.publicVisible()), Field.Store.NO));
        doc.add(new TextField(Analyzers.TITLE, nz(d.title()), Field.Store.YES));
        doc.add(new TextField(Analyzers.TITLE_NGRAM, nz(d.title()), Field.Store.NO));
        doc.add(new TextField(Analyzers.TEXT_NGRAM, nz(d.title()), Field.Store.NO));
        doc.add(new TextField(Analyzers.TEXT_NGRAM, nz(d.body()), Field.Store.NO));
        doc.add(new StoredField(Analyzers.BODY, nz(d.body())));
        for (String n : d.numbers()) {
            if (n != null && !n.isBlank()) {
                doc.add(new TextField(Analyzers.NUMBERS, n, Field.Store.YES));
                doc.add(new TextField(Analyzers.TEXT_NGRAM, n, Field.Store.NO));
                doc.add(new StringField(Analyzers.NUMBER_EXACT, Snippets.fold(n.strip()), Field.Store.NO));
            }
        }
        d.facets().forEach((k, v) -> {
            if (v != null) {
                doc.add(new StringField(FACET_PREFIX + k, v, Field.Store.YES));
            }
        });
        long epochDay = d.date() == null ? 0 : d.date().toEpochDay();
        doc.add(new NumericDocValuesField(DATE, epochDay));
        doc.add(new StoredField(DATE, epochDay));
        return doc;
    }

    private static SearchHit toHit(Document doc, float score, List<String> terms) {
        Map<String, String> facets = new HashMap<>();
        for (IndexableField f : doc.getFields()) {
            if (f.name().startsWith(FACET_PREFIX)) {
                facets.put(f.name().substring(FACET_PREFIX.length()), f.stringValue());
            }
        }
        IndexableField date = doc.getField(DATE);
        long epochDay = date == null ? 0 : date.numericValue().longValue();
        String title = doc.get(Analyzers.TITLE);
        return new SearchHit(doc.get(KEY), doc.get(TYPE), title, Snippets.highlight(title, terms),
                Snippets.snippet(doc.get(Analyzers.BODY), terms), Float.isNaN(score) ? 0f : score, facets,
                epochDay == 0 ? null : LocalDate.ofEpochDay(epochDay));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static long micros(long start) {
        return (System.nanoTime() - start) / 1_000;
    }

    @PreDestroy
    @Override
    public synchronized void close() throws IOException {
        if (writer.isOpen()) {
            searchers.close();
            writer.close();
        }
    }
}
