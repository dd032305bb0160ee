package org.fazhi.search.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The analyzers: smartcn word segmentation for the ranked text fields, CJK n-grams for the
 * substring fields that give LIKE-equivalent recall, keywords for exact fields.
 *
 * <p>The substring fields hold every Chinese character twice: as a unigram and as the bigram it
 * starts, at the same position (so {@code 行政处罚} is 行 行政 | 政 政处 | 处 处罚 | 罚). A query is
 * analysed the same way and {@link #substringTokens} keeps, per position, the bigram if there is
 * one, else the unigram: a phrase of those is found exactly where the query text occurs as a
 * substring — also for one character, and for Chinese next to digits or Latin letters
 * ({@code 2025年}, {@code 示政发〔2025〕3号}), where bigrams alone miss.
 */
final class Analyzers {

    static final String TITLE = "title";
    static final String BODY = "body";
    /** Title, body and numbers as n-grams, values apart: every query word must occur here. */
    static final String TEXT_NGRAM = "text_ngram";
    static final String TITLE_NGRAM = "title_ngram";
    static final String NUMBERS = "numbers";
    /** Positions between the values of a multi-valued field, so that no phrase spans two values. */
    static final int VALUE_GAP = 100;
    static final String NUMBER_EXACT = "number_exact";

    private static final String DOUBLE = "<DOUBLE>";
    private static final String SINGLE = "<SINGLE>";

    /** A query token at its position in the phrase; {@code bigram} for a CJK bigram. */
    record Positioned(String term, int position, boolean bigram) {
    }

    private Analyzers() {
    }

    /**
     * Full-width punctuation that Unicode word breaking (UAX #29) treats as part of a number or word
     * (MidNum, MidNumLet, MidLetter: ，；．：＇), mapped to the ideographic comma, so that
     * {@code 2，3} is two numbers as a reader sees it, not the one token "2,3". Same length: offsets
     * do not move.
     */
    private static final NormalizeCharMap JOINERS;

    static {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        for (String c : new String[] {"\uFF0C", "\uFF1B", "\uFF0E", "\uFF1A", "\uFF07"}) {
            b.add(c, "\u3001");
        }
        JOINERS = b.build();
    }

    /** Standard tokens, full-width folded, lower-cased, each CJK character as unigram and bigram. */
    static Analyzer ngrams() {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new MappingCharFilter(JOINERS, reader);
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return VALUE_GAP;
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new CJKWidthFilter(source);
                result = new LowerCaseFilter(result);
                result = new CJKBigramFilter(result, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                        | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, true);
                return new TokenStreamComponents(source, result);
            }
        };
    }

    /** The index-time analyzer of every field. */
    static Analyzer perField() {
        Analyzer smart = new SmartChineseAnalyzer();
        Analyzer ngram = ngrams();
        return new PerFieldAnalyzerWrapper(smart, Map.of(TEXT_NGRAM, ngram, TITLE_NGRAM, ngram, NUMBERS, ngram,
                NUMBER_EXACT, new KeywordAnalyzer()));
    }

    /**
     * The phrase that finds {@code text} as a substring of an n-gram field: per position the bigram
     * (or the unigram where no bigram starts, i.e. a lone character), dropping the unigram of a run's
     * last character, which the bigram before it already covers. Empty when the text has no tokens
     * (only punctuation or spaces).
     */
    static List<Positioned> substringTokens(Analyzer ngram, String field, String text) {
        List<String> terms = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream ts = ngram.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                terms.add(term.toString());
                types.add(type.type());
                positions.add(pos);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Positioned> out = new ArrayList<>();
        int first = positions.isEmpty() ? 0 : positions.get(0);
        for (int i = 0; i < terms.size(); i++) {
            int pos = positions.get(i) - first;
            if (SINGLE.equals(types.get(i))) {
                boolean bigramHere = i + 1 < terms.size() && positions.get(i + 1) - first == pos
                        && DOUBLE.equals(types.get(i + 1));
                boolean bigramBefore = !out.isEmpty() && out.get(out.size() - 1).bigram()
                        && out.get(out.size() - 1).position() == pos - 1;
                if (bigramHere || bigramBefore) {
                    continue;
                }
            }
            out.add(new Positioned(terms.get(i), pos, DOUBLE.equals(types.get(i))));
        }
        return out;
    }

    static boolean isCjk(int codePoint) {
        Character.UnicodeScript s = Character.UnicodeScript.of(codePoint);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }
}
