package org.fazhi.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UnitTreeOrderTests {

    private static Unit unit(long id, Unit parent, int order, String name) {
        String path = (parent == null ? "/" : parent.path()) + id + "/";
        return new Unit(id, parent == null ? null : parent.id(), "U" + id, name, UnitKind.OTHER, UnitLevel.COUNTY, path,
                order, true);
    }

    @Test
    void parentsComeBeforeTheirChildrenAndSiblingsFollowTheirOrder() {
        Unit county = unit(1, null, 0, "县");
        Unit b = unit(2, county, 2, "乙");
        Unit a = unit(3, county, 1, "甲");
        Unit a1 = unit(4, a, 0, "甲一");
        List<Unit> ordered = Units.treeOrder(List.of(a1, b, county, a));
        assertThat(ordered).extracting(Unit::name).containsExactly("县", "甲", "甲一", "乙");
    }

    @Test
    void aUnitWhoseParentIsNotInTheListStartsItsOwnBranch() {
        Unit county = unit(1, null, 0, "县");
        Unit township = unit(2, county, 0, "镇");
        Unit village = unit(3, township, 0, "村");
        assertThat(Units.treeOrder(List.of(village, township))).extracting(Unit::name).containsExactly("镇", "村");
    }

    @Test
    void anyShuffleOfARandomTreeComesOutWithEveryParentFirst() {
        Random random = new Random(20261122);
        for (int round = 0; round < 50; round++) {
            List<Unit> all = new ArrayList<>();
            all.add(unit(1, null, 0, "根"));
            for (long id = 2; id < 60; id++) {
                Unit parent = all.get(random.nextInt(all.size()));
                all.add(unit(id, parent, random.nextInt(5), "单位" + random.nextInt(10)));
            }
            List<Unit> shuffled = new ArrayList<>(all);
            Collections.shuffle(shuffled, random);
            List<Unit> ordered = Units.treeOrder(shuffled);
            assertThat(ordered).hasSize(all.size());
            Map<Long, Integer> position = new HashMap<>();
            for (int i = 0; i < ordered.size(); i++) {
                position.put(ordered.get(i).id(), i);
            }
            for (Unit u : ordered) {
                if (u.parentId() != null) {
                    assertThat(position.get(u.parentId())).isLessThan(position.get(u.id()));
                }
            }
            for (int i = 1; i < ordered.size(); i++) {
                Unit prev = ordered.get(i - 1);
                Unit next = ordered.get(i);
                if (next.parentId() != null && next.parentId().equals(prev.parentId())) {
                    assertThat(prev.sortOrder()).isLessThanOrEqualTo(next.sortOrder());
                }
            }
        }
    }
}
