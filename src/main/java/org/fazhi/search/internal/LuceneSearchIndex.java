package org.fazhi.search.internal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
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
 * The Lucene index under {@code <data-dir>/index}. Each query word must match: by smartcn words in
 * title and body (ranked), by a bigram phrase in title and body (exact substring, so recall is never
 * below a LIKE search), or as a document/registration number. Filters are exact facet terms. On
 * start-up an empty index is rebuilt from the sources in the background.
 */
@Component
@Order(500)
class LuceneSearchIndex implements SearchIndex, ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LuceneSearchIndex.class);
    private static final String KEY = "key";
    private static final String TYPE = "type";
    private static final String PUBLIC = "public";
    private static final String DATE = "date";
    private static final String FACET_PREFIX = "f_";
    private static final int MAX_PAGE_WINDOW = 10_000;

    private final Analyzer analyzer = Analyzers.perField();
    private final QueryBuilder smart = new QueryBuilder(analyzer);
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final List<SearchSource> sources;

    LuceneSearchIndex(@Value("${fazhi.search.directory:${fazhi.data-dir:./data}/index}") String directory,
            List<SearchSource> sources) throws IOException {
        Path dir = Path.of(directory);
        Files.createDirectories(dir);
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(32);
        this.writer = new IndexWriter(FSDirectory.open(dir), config);
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
    public void put(SearchDocument d) {
        try {
            writer.updateDocument(new Term(KEY, d.key()), toLucene(d));
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            writer.deleteDocuments(new Term(KEY, key));
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized int rebuild(String type) {
        SearchSource source = sources.stream().filter(s -> s.type().equals(type)).findFirst()
                .orElseThrow(() -> InvalidInputException.field("type", "search.type.unknown", type));
        try {
            writer.deleteDocuments(new Term(TYPE, type));
            int[] n = {0};
            source.forEach(d -> {
                try {
                    writer.updateDocument(new Term(KEY, d.key()), toLucene(d));
                    n[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.commit();
            searchers.maybeRefreshBlocking();
            return n[0];
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
        String text = q.text() == null ? "" : q.text().strip();
        if (text.length() > SearchQuery.MAX_TEXT) {
            throw InvalidInputException.field("q", "search.text.too-long", SearchQuery.MAX_TEXT);
        }
        if (q.page() < 0 || q.size() < 1 || q.size() > 100 || (long) (q.page() + 1) * q.size() > MAX_PAGE_WINDOW) {
            throw InvalidInputException.field("page", "search.page.range");
        }
        List<String> terms = Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+")).filter(t -> !t.isBlank())
                .distinct().limit(10).toList();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (terms.isEmpty()) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            for (String term : terms) {
                Query clause = termQuery(term);
                if (clause == null) {
                    return new SearchResult(List.of(), 0, q.page(), q.size(), micros(start));
                }
                query.add(clause, Occur.MUST);
            }
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
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int window = (q.page() + 1) * q.size();
                TopDocs top = terms.isEmpty()
                        ? searcher.search(query.build(), window, new Sort(new SortField(DATE, SortField.Type.LONG, true)))
                        : searcher.search(query.build(), window);
                List<SearchHit> hits = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                var stored = searcher.storedFields();
                for (int i = q.page() * q.size(); i < docs.length; i++) {
                    hits.add(toHit(stored.document(docs[i].doc), docs[i].score, terms));
                }
                return new SearchResult(hits, top.totalHits.value, q.page(), q.size(), micros(start));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One word: smartcn words (ranked) or an exact bigram phrase (substring) or a number. */
    private Query termQuery(String term) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        add(any, smart.createBooleanQuery(Analyzers.TITLE, term, Occur.MUST), 3f);
        add(any, smart.createBooleanQuery(Analyzers.BODY, term, Occur.MUST), 1f);
        add(any, smart.createPhraseQuery(Analyzers.TITLE_NGRAM, term), 2f);
        add(any, smart.createPhraseQuery(Analyzers.BODY_NGRAM, term), 0.5f);
        add(any, smart.createPhraseQuery(Analyzers.NUMBERS, term), 5f);
        add(any, new TermQuery(new Term(Analyzers.NUMBER_EXACT, term)), 10f);
        BooleanQuery built = any.build();
        return built.clauses().isEmpty() ? null : built;
    }

    private static void add(BooleanQuery.Builder b, Query q, float boost) {
        if (q != null) {
            b.add(new BoostQuery(q, boost), Occur.SHOULD);
        }
    }

    private static Document toLucene(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(KEY, d.key(), Field.Store.YES));
        doc.add(new StringField(TYPE, d.type(), Field.Store.YES));
        doc.add(new StringField(PUBLIC, Boolean.toString(d.publicVisible()), Field.Store.NO));
        doc.add(new TextField(Analyzers.TITLE, nz(d.title()), Field.Store.YES));
        doc.add(new TextField(Analyzers.TITLE_NGRAM, nz(d.title()), Field.Store.NO));
        doc.add(new TextField(Analyzers.BODY, nz(d.body()), Field.Store.YES));
        doc.add(new TextField(Analyzers.BODY_NGRAM, nz(d.body()), Field.Store.NO));
        for (String n : d.numbers()) {
            if (n != null && !n.isBlank()) {
                doc.add(new TextField(Analyzers.NUMBERS, n, Field.Store.YES));
                doc.add(new StringField(Analyzers.NUMBER_EXACT, n.toLowerCase(Locale.ROOT), Field.Store.NO));
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
    void close() throws IOException {
        searchers.close();
        writer.close();
    }
}
