package org.fazhi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.fazhi.search.internal.LuceneSearchIndex;
import org.fazhi.shared.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Lucene index on its own: substring recall, numbers, one character, syntax characters, escaping, rebuilds. */
class LuceneSearchIndexTests {

    static final String TYPE = "doc";

    @TempDir
    Path dir;

    /** What the "database" holds; the source hands it to rebuilds. */
    final List<SearchDocument> database = new ArrayList<>();
    Runnable duringRebuild = () -> { };
    LuceneSearchIndex index;

    @BeforeEach
    void open() throws IOException {
        SearchSource source = new SearchSource() {
            @Override
            public String type() {
                return TYPE;
            }

            @Override
            public void forEach(Consumer<SearchDocument> sink) {
                duringRebuild.run();
                List.copyOf(database).forEach(sink);
            }
        };
        index = new LuceneSearchIndex(dir.toString(), List.of(source));
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    static SearchDocument doc(long id, String title, String body, String... numbers) {
        return doc(id, title, body, Map.of(), numbers);
    }

    static SearchDocument doc(long id, String title, String body, Map<String, String> facets, String... numbers) {
        return new SearchDocument(TYPE + ":" + id, TYPE, title, body, List.of(numbers), facets, true,
                LocalDate.of(2025, 1, 1).plusDays(id));
    }

    SearchResult search(String q) {
        return index.search(new SearchQuery(q, TYPE, Map.of(), true, 0, 20));
    }

    List<String> ids(String q) {
        return search(q).hits().stream().map(SearchHit::id).sorted().toList();
    }

    @Test
    void aDocumentNumberIsFoundWholeOrInPart() {
        index.put(doc(1, "关于进一步加强食品安全管理的通知", "第一条 为了加强食品安全管理……", "示政发〔2025〕3号",
                "SFDR202500001"));
        index.put(doc(2, "示范县农村宅基地管理办法", "第一条 为了规范农村宅基地管理……", "示政发〔2025〕13号",
                "SFDR202500002"));

        assertThat(ids("示政发〔2025〕3号")).containsExactly("1");
        assertThat(ids("示政发[2025]3号")).as("ASCII brackets").containsExactly("1");
        assertThat(ids("SFDR202500001")).containsExactly("1");
        assertThat(ids("sfdr202500002")).as("any case").containsExactly("2");
        assertThat(ids("ＳＦＤＲ２０２５００００１")).as("full-width").containsExactly("1");
        assertThat(ids("〔2025〕13号")).containsExactly("2");
        assertThat(ids("示政发")).containsExactly("1", "2");
        assertThat(search("示政发〔2025〕3号").hits().get(0).id()).isEqualTo("1");
    }

    @Test
    void chineseNextToDigitsAndLatinLettersIsFoundAsASubstring() {
        index.put(doc(1, "2025年度行政执法统计年报", "全县共办理5G基站相关许可事项12件。"));
        index.put(doc(2, "关于开展2024年清理工作的通知", "今年2025起施行。"));

        assertThat(ids("2025年")).containsExactly("1");
        assertThat(ids("年2025")).containsExactly("2");
        assertThat(ids("5G基站")).containsExactly("1");
        assertThat(ids("5g基")).containsExactly("1");
        assertThat(ids("12件")).containsExactly("1");
    }

    @Test
    void oneChineseCharacterFindsEveryDocumentContainingIt() {
        index.put(doc(1, "示范县桥梁安全管理办法", "……"));
        index.put(doc(2, "关于加强道路管理的通知", "县道上的大桥由交通运输局负责。"));
        index.put(doc(3, "示范县河道管理规定", "桥"));
        index.put(doc(4, "示范县水利工程管理规定", "水库、堤防。"));

        assertThat(ids("桥")).containsExactly("1", "2", "3");
        assertThat(search("桥").hits()).allSatisfy(h -> assertThat(h.titleHtml() + h.snippetHtml()).contains("<mark>桥</mark>"));
    }

    /**
     * Queries full of Lucene (and SQL LIKE) syntax, with the documents each must find when its
     * characters are taken as text: punctuation separates words and finds nothing on its own, a
     * word must occur in the record, a blank query lists everything. Read as syntax instead, "*"
     * and "%" would find everything; title:食品, 食品 ~2 and a proximity phrase would find the food
     * document; 食品 -安全 nothing; 水库 OR 食品 both.
     */
    static Stream<Arguments> syntaxQueries() {
        List<String> none = List.of();
        List<String> food = List.of("1");
        return Stream.of(
                Arguments.of("\"", none), Arguments.of("\"未闭合", none), Arguments.of("*", none), Arguments.of("?", none),
                Arguments.of("食品*", food), Arguments.of("食?", food), Arguments.of("\\", none), Arguments.of(":", none),
                Arguments.of("title:食品", none), Arguments.of("(", none), Arguments.of(")", none), Arguments.of("[", none),
                Arguments.of("]", none), Arguments.of("{", none), Arguments.of("}", none), Arguments.of("~", none),
                Arguments.of("^", none), Arguments.of("+", none), Arguments.of("-", none), Arguments.of("!", none),
                Arguments.of("&&", none), Arguments.of("||", none), Arguments.of("AND", none), Arguments.of("OR NOT", none),
                Arguments.of("/", none), Arguments.of("/正则/", none), Arguments.of("a:b:c", none),
                Arguments.of("<script>", none), Arguments.of("'; drop table x;--", none), Arguments.of("%", none),
                Arguments.of("_", none), Arguments.of("%%食品%%", food), Arguments.of("\uD83D\uDE00", none),
                Arguments.of("\uD800", none), Arguments.of("。，、", none), Arguments.of("〔〕", none),
                Arguments.of("\u0000", none), Arguments.of("食品 ~2", none), Arguments.of("\"食品 安全\"~5", none),
                Arguments.of("食品 -安全", food), Arguments.of("水库 OR 食品", none), Arguments.of("水库 || 食品", none),
                Arguments.of("\u3000", List.of("1", "2")));
    }

    @ParameterizedTest
    @MethodSource("syntaxQueries")
    void luceneSyntaxInUserTextIsJustText(String q, List<String> expected) {
        index.put(doc(1, "关于加强食品安全管理的通知", "食品生产经营者应当……"));
        index.put(doc(2, "示范县水利工程管理规定", "水库、堤防。"));
        SearchResult r = search(q);
        assertThat(r.hits()).extracting(SearchHit::id).as("hits of «%s»", q).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(r.total()).isEqualTo(expected.size());
    }

    @Test
    void tooLongTextAndPagesBeyondTheWindowAreBadInputNotErrors() {
        assertThatThrownBy(() -> search("食".repeat(201))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> index.search(new SearchQuery("食品", TYPE, Map.of(), true, 500, 100)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> index.search(new SearchQuery("食品", TYPE, Map.of(), true, -1, 10)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> index.search(new SearchQuery("食品", TYPE, Map.of(), true, 0, 0)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void titlesAndSnippetsAreEscapedExceptTheMarks() {
        index.put(doc(1, "<script>alert('x')</script>食品安全", "<img src=x onerror=alert(1)> 食品 & \"安全\""));
        SearchHit hit = search("食品").hits().get(0);
        assertThat(hit.titleHtml()).isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;<mark>食品</mark>安全");
        assertThat(hit.snippetHtml()).doesNotContain("<img").contains("&lt;img").contains("<mark>食品</mark>")
                .contains("&amp;").contains("&quot;");
        SearchHit byScript = search("<script>").hits().get(0);
        assertThat(byScript.titleHtml()).startsWith("<mark>&lt;script&gt;</mark>");
    }

    @Test
    void wordsWrittenApartMatchOnlyWhenTheQuerySeparatesThem() {
        index.put(doc(1, "关于规范农村集体土地上宅基地审批的通知", "农村村民申请宅基地的，应当……"));
        index.put(doc(2, "示范县农村宅基地管理办法", "……"));
        assertThat(ids("农村宅基地")).containsExactly("2");
        assertThat(ids("农村 宅基地")).containsExactly("1", "2");
        SearchHit hit = search("农村 宅基地").hits().stream().filter(h -> h.id().equals("1")).findFirst().orElseThrow();
        assertThat(hit.titleHtml()).contains("<mark>农村</mark>").contains("<mark>宅基地</mark>");
    }

    @Test
    void titleMatchesRankBeforeBodyMatches() {
        index.put(doc(1, "关于加强道路管理的通知", "食品安全……"));
        index.put(doc(2, "示范县食品安全管理办法", "……"));
        assertThat(search("食品安全").hits()).extracting(SearchHit::id).containsExactly("2", "1");
    }

    @Test
    void filtersAreExactFacets() {
        index.put(doc(1, "食品安全管理办法", "……", Map.of("validity", "CURRENT", "year", "2024", "issuingBodyId", "7")));
        index.put(doc(2, "食品安全检查规定", "……", Map.of("validity", "REPEALED", "year", "2025", "issuingBodyId", "7")));
        index.put(doc(3, "食品经营许可规定", "……", Map.of("validity", "CURRENT", "year", "2025", "issuingBodyId", "8")));

        assertThat(filtered(Map.of("validity", "CURRENT"))).containsExactly("1", "3");
        assertThat(filtered(Map.of("year", "2025"))).containsExactly("2", "3");
        assertThat(filtered(Map.of("issuingBodyId", "7", "year", "2025"))).containsExactly("2");
        assertThat(filtered(Map.of("validity", "EXPIRED"))).isEmpty();
    }

    List<String> filtered(Map<String, String> filters) {
        return index.search(new SearchQuery("食品", TYPE, filters, true, 0, 20)).hits().stream().map(SearchHit::id)
                .sorted().toList();
    }

    @Test
    void withoutTextTheNewestComeFirstAndNonPublicRecordsStayHidden() {
        index.put(doc(1, "甲", "……"));
        index.put(doc(3, "丙", "……"));
        index.put(new SearchDocument(TYPE + ":2", TYPE, "乙", "……", List.of(), Map.of(), false, LocalDate.of(2030, 1, 1)));
        assertThat(search("").hits()).extracting(SearchHit::id).containsExactly("3", "1");
        assertThat(index.search(new SearchQuery("", TYPE, Map.of(), false, 0, 20)).hits()).extracting(SearchHit::id)
                .containsExactly("2", "3", "1");
    }

    @Test
    void totalsAreExactBeyondAThousand() {
        for (int i = 1; i <= 1500; i++) {
            database.add(doc(i, "关于加强安全生产管理的通知（" + i + "）", "安全生产责任……"));
        }
        index.rebuild(TYPE);
        assertThat(search("安全生产").total()).isEqualTo(1500);
        assertThat(index.matchingKeys(new SearchQuery("安全生产", TYPE, Map.of(), true, 0, 1))).hasSize(1500);
        assertThat(index.search(new SearchQuery("安全生产", TYPE, Map.of(), true, 3, 20)).hits()).hasSize(20);
    }

    @Test
    void aRebuildRestoresAWipedIndexAndDropsWhatTheSourceNoLongerHas() {
        database.add(doc(1, "食品安全管理办法", "……"));
        database.add(doc(2, "食品经营许可规定", "……"));
        index.put(doc(9, "已不在数据库中的食品文件", "……"));
        index.clear(TYPE);
        assertThat(ids("食品")).isEmpty();

        index.put(doc(9, "已不在数据库中的食品文件", "……"));
        assertThat(index.rebuild(TYPE)).isEqualTo(2);
        assertThat(ids("食品")).containsExactly("1", "2");
        assertThat(index.count(TYPE)).isEqualTo(2);
    }

    @Test
    void aChangeWrittenDuringARebuildIsNotUndoneByTheRebuildsOlderRead() {
        database.add(doc(1, "食品安全管理办法", "……", Map.of("validity", "CURRENT")));
        index.rebuild(TYPE);
        // while the rebuild reads the old row, the document is repealed and a new one is published
        duringRebuild = () -> {
            index.put(doc(1, "食品安全管理办法", "……", Map.of("validity", "REPEALED")));
            index.put(doc(2, "食品经营许可规定", "……", Map.of("validity", "CURRENT")));
        };
        index.rebuild(TYPE);
        assertThat(filtered(Map.of("validity", "REPEALED"))).containsExactly("1");
        assertThat(filtered(Map.of("validity", "CURRENT"))).containsExactly("2");
    }

    @Test
    void anUnknownTypeCannotBeRebuilt() {
        assertThatThrownBy(() -> index.rebuild("nope")).isInstanceOf(InvalidInputException.class);
        assertThat(index.types()).containsExactly(TYPE);
    }

    /**
     * The recall promise, checked on random text over a small alphabet (so that substrings repeat):
     * every document containing the query as a substring (what ILIKE finds) is found — except that
     * a part of a Latin word or number ("B1" of "AB12") is not searchable, which the javadoc of
     * the index says.
     */
    @Test
    void everyDocumentContainingTheQueryAsASubstringIsFound() {
        Random random = new Random(20250701);
        String alphabet = "行政处罚许可管理食品安全农村宅基地年号第条AB12 〔〕，。";
        for (int i = 1; i <= 300; i++) {
            database.add(doc(i, text(random, alphabet, 4 + random.nextInt(12)), text(random, alphabet, 20 + random.nextInt(80)),
                    text(random, alphabet, 6)));
        }
        index.rebuild(TYPE);
        for (int round = 0; round < 400; round++) {
            SearchDocument from = database.get(random.nextInt(database.size()));
            String source = random.nextBoolean() ? from.body() : from.title();
            int len = 1 + random.nextInt(Math.min(6, source.length()));
            int at = random.nextInt(source.length() - len + 1);
            String q = source.substring(at, at + len);
            boolean cutsAsciiWord = at > 0 && asciiWord(source.charAt(at - 1)) && asciiWord(q.charAt(0))
                    || at + len < source.length() && asciiWord(source.charAt(at + len)) && asciiWord(q.charAt(len - 1));
            if (q.isBlank() || q.contains(" ") || cutsAsciiWord || q.codePoints().noneMatch(Character::isLetterOrDigit)) {
                continue; // a part of a Latin word or number ("B1" of "AB12") is not searchable: documented
            }
            Set<String> expected = new HashSet<>();
            String lower = q.toLowerCase(Locale.ROOT);
            for (SearchDocument d : database) {
                String all = (d.title() + "\n" + d.body() + "\n" + String.join("\n", d.numbers())).toLowerCase(Locale.ROOT);
                if (containsWithoutCuttingAsciiWords(all, lower)) {
                    expected.add(d.key());
                }
            }
            Set<String> found = index.matchingKeys(new SearchQuery(q, TYPE, Map.of(), true, 0, 1));
            assertThat(found).as("query «%s»", q).containsAll(expected);
        }
    }

    /** Substring semantics, except that a match may not begin or end inside a Latin word or number. */
    static boolean containsWithoutCuttingAsciiWords(String text, String q) {
        for (int at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) {
            int end = at + q.length();
            boolean cut = at > 0 && asciiWord(text.charAt(at - 1)) && asciiWord(q.charAt(0))
                    || end < text.length() && asciiWord(text.charAt(end)) && asciiWord(q.charAt(q.length() - 1));
            if (!cut) {
                return true;
            }
        }
        return false;
    }

    private static boolean asciiWord(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static String text(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
