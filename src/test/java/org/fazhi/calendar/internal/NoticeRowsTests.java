package org.fazhi.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.calendar.DayKind;
import org.fazhi.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class NoticeRowsTests {

    @Test
    void linesAndRangesInTheUsualNotationsAreRead() {
        List<NoticeRow> rows = NoticeRows.parse("""
                日期,类型,名称
                2027-01-01,放假,元旦
                2027-02-05~2027-02-07	休	春节
                2027年2月14日 上班 春节
                2027/10/01 至 2027/10/02，holiday，国庆节
                """);
        assertThat(rows).extracting(NoticeRow::date).containsExactly(LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 7),
                LocalDate.of(2027, 2, 14), LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 2));
        assertThat(rows.get(4).kind()).isEqualTo(DayKind.WORKDAY);
        assertThat(rows.get(6).name()).isEqualTo("国庆节");
    }

    @Test
    void anyBadLineRefusesThePasteWithTheLineNumbers() {
        assertThatThrownBy(() -> NoticeRows.parse("2027-01-01,放假,元旦\n2027-02-30,放假,春节\n2027-03-01,加班,x"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldProblems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("rows[2]", "rows[3]"));
    }

    @Test
    void aRangeLongerThanAMonthOrBackwardsIsRefused() {
        assertThatThrownBy(() -> NoticeRows.parse("2027-01-01~2027-03-01,放假,元旦"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> NoticeRows.parse("2027-01-05~2027-01-01,放假,元旦"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anEmptyPasteIsRefused() {
        assertThatThrownBy(() -> NoticeRows.parse("  ")).isInstanceOf(InvalidInputException.class);
    }
}
