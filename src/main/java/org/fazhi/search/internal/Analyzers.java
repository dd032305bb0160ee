package org.fazhi.search.internal;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers: smartcn word segmentation for the ranked text fields, CJK bigrams (no stop words)
 * for the substring fields that give LIKE-equivalent recall, keywords for exact fields.
 */
final class Analyzers {

    static final String TITLE = "title";
    static final String BODY = "body";
    static final String TITLE_NGRAM = "title_ngram";
    static final String BODY_NGRAM = "body_ngram";
    static final String NUMBERS = "numbers";
    static final String NUMBER_EXACT = "number_exact";

    private Analyzers() {
    }

    /** Standard tokens, full-width folded, lower-cased, adjacent CJK characters as bigrams. */
    static Analyzer bigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new CJKWidthFilter(source);
                result = new LowerCaseFilter(result);
                result = new CJKBigramFilter(result);
                return new TokenStreamComponents(source, result);
            }
        };
    }

    static Analyzer perField() {
        Analyzer smart = new SmartChineseAnalyzer();
        Analyzer bigram = bigrams();
        return new PerFieldAnalyzerWrapper(smart, Map.of(TITLE_NGRAM, bigram, BODY_NGRAM, bigram, NUMBERS, bigram,
                NUMBER_EXACT, new KeywordAnalyzer()));
    }
}
