package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** GI-04: the reply types and their sub-reasons map onto the result rows of Table 三, every row reachable. */
class ReplyReasonMappingTests {

    @Test
    void everyReplyReasonLandsOnExactlyOneResultRowOfTable3() {
        for (ReplyReason r : ReplyReason.values()) {
            assertThat(r.row().result()).as(r.name()).isTrue();
        }
    }

    @Test
    void everyResultRowOfTable3IsReachedByAReplyReason() {
        Set<Table3Row> reached = Arrays.stream(ReplyReason.values()).map(ReplyReason::row)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Table3Row.class)));
        assertThat(reached).containsExactlyInAnyOrderElementsOf(Table3Row.results());
        assertThat(Table3Row.results()).hasSize(21);
        assertThat(Table3Row.values()).hasSize(25);
    }

    @Test
    void everyReplyTypeOfGi04HasAtLeastOneReason() {
        for (ReplyType t : ReplyType.values()) {
            assertThat(ReplyReason.of(t)).as(t.name()).isNotEmpty();
        }
    }

    @Test
    void theStatutoryTypesLandWhereTheOfficialFormatCountsThem() {
        assertThat(ReplyReason.ALREADY_PUBLIC.row()).isEqualTo(Table3Row.DISCLOSED);
        assertThat(ReplyReason.PARTIALLY_DISCLOSED.row()).isEqualTo(Table3Row.PARTIAL);
        assertThat(ReplyReason.NOT_OURS.row()).isEqualTo(Table3Row.UNABLE_NOT_HELD);
        assertThat(ReplyReason.REPEAT.row()).isEqualTo(Table3Row.NOT_PROCESSED_REPEAT);
        assertThat(ReplyReason.NOT_CORRECTED.row()).isEqualTo(Table3Row.OTHER_NOT_CORRECTED);
        assertThat(ReplyReason.SPECIAL_STATUTE.row()).isEqualTo(Table3Row.OTHER);
        assertThat(ReplyReason.WITHHELD_THIRD_PARTY.type()).isEqualTo(ReplyType.WITHHELD);
    }

    @Test
    void table3CrossChecksNameTheCellThatFails() {
        var counts = new java.util.EnumMap<Table3Row, java.util.Map<RequesterType, Long>>(Table3Row.class);
        counts.put(Table3Row.NEW, java.util.Map.of(RequesterType.NATURAL_PERSON, 3L, RequesterType.COMMERCIAL, 1L));
        counts.put(Table3Row.DISCLOSED, java.util.Map.of(RequesterType.NATURAL_PERSON, 2L));
        counts.put(Table3Row.UNABLE_NOT_HELD, java.util.Map.of(RequesterType.COMMERCIAL, 1L));
        counts.put(Table3Row.CARRIED_FORWARD, java.util.Map.of(RequesterType.NATURAL_PERSON, 1L));
        Table3 ok = Table3.counted(counts);
        assertThat(ok.failedChecks()).isEmpty();
        assertThat(ok.cell(Table3Row.RESULT_TOTAL, RequesterType.NATURAL_PERSON)).isEqualTo(2);
        assertThat(ok.total(Table3Row.NEW)).isEqualTo(4);

        counts.put(Table3Row.CARRIED_FORWARD, java.util.Map.of());
        Table3 broken = Table3.counted(counts);
        assertThat(broken.failedChecks()).extracting(Table3.CheckFailure::cell)
                .containsExactly("4/NATURAL_PERSON", "4/TOTAL");
    }
}
