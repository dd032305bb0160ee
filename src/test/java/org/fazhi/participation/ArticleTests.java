package org.fazhi.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The numbered articles (第X条) a citizen can pick are the lines of the draft that start one. */
class ArticleTests {

    @Test
    void eachLineThatStartsWithAnArticleHeadingBeginsAnArticleThatRunsToTheNext() {
        String body = """
                示范县城区停车管理办法（征求意见稿）
                第一章 总则
                第一条 为了规范停车秩序，制定本办法。
                第二条 本办法适用于本县城区。
                道路、广场等公共区域参照执行。
                第十条 县公安机关交通管理部门负责停车秩序的管理。
                第二十一条 本办法自公布之日起施行。
                第一百零五条 附则。
                第7条 以数字编号的条文。""";
        List<Article> articles = Article.parse(body);
        assertThat(articles).extracting(Article::no).containsExactly(1, 2, 10, 21, 105, 7);
        assertThat(articles).extracting(Article::label).containsExactly("第一条", "第二条", "第十条", "第二十一条",
                "第一百零五条", "第7条");
        assertThat(articles.get(1).text()).isEqualTo("第二条 本办法适用于本县城区。\n道路、广场等公共区域参照执行。");
        assertThat(Article.exists(body, 21)).isTrue();
        assertThat(Article.exists(body, 3)).isFalse();
    }

    @Test
    void aTextWithoutArticlesHasNoneAndMentionsInsideALineDoNotCount() {
        assertThat(Article.parse("一、总体要求\n二、主要任务")).isEmpty();
        assertThat(Article.parse(null)).isEmpty();
        assertThat(Article.parse("依照本办法第三条的规定执行。")).isEmpty();
    }

    @Test
    void chineseNumeralsAreReadAsNumbers() {
        assertThat(Article.number("十")).isEqualTo(10);
        assertThat(Article.number("十二")).isEqualTo(12);
        assertThat(Article.number("二十")).isEqualTo(20);
        assertThat(Article.number("三十七")).isEqualTo(37);
        assertThat(Article.number("一百")).isEqualTo(100);
        assertThat(Article.number("一百零五")).isEqualTo(105);
        assertThat(Article.number("两百一十")).isEqualTo(210);
        assertThat(Article.number("１２")).isEqualTo(12);
        assertThat(Article.number("零")).isNull();
    }
}
