package org.fazhi.enforcement.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.enforcement.ActionKind;
import org.fazhi.enforcement.PowerItem;
import org.fazhi.enforcement.PowerList;
import org.fazhi.lists.PowerItems;
import org.fazhi.lists.PowerType;
import org.springframework.stereotype.Component;

/**
 * The power list as the lists module publishes it ({@link PowerItems}, its stable API): an item is
 * known by its id in the list; its kind of action follows the list's 权力类型 (给付、奖励、裁决 and other
 * powers are "other enforcement actions" here).
 */
@Component
class ListedPowers implements PowerList {

    private final PowerItems items;

    ListedPowers(PowerItems items) {
        this.items = items;
    }

    @Override
    public Optional<PowerItem> find(long id, LocalDate on) {
        return items.find(id, on).map(ListedPowers::of);
    }

    @Override
    public List<PowerItem> inForceOf(long unitId, LocalDate on) {
        return items.inForce(unitId, on).stream().map(ListedPowers::of)
                .sorted(java.util.Comparator.comparing(PowerItem::code)).toList();
    }

    static PowerItem of(org.fazhi.lists.PowerItem p) {
        return new PowerItem(p.id(), p.unitId(), p.code(), p.name(), kind(p.type()), p.legalBasis(), p.inForceFrom(),
                p.inForceUntil());
    }

    static ActionKind kind(PowerType type) {
        if (type == null) {
            return ActionKind.OTHER;
        }
        return switch (type) {
            case PENALTY -> ActionKind.PENALTY;
            case COERCION -> ActionKind.COERCION;
            case INSPECTION -> ActionKind.INSPECTION;
            case LICENSING -> ActionKind.LICENSING;
            case LEVY -> ActionKind.LEVY;
            case CONFIRMATION -> ActionKind.CONFIRMATION;
            case BENEFIT, REWARD, ADJUDICATION, OTHER -> ActionKind.OTHER;
        };
    }
}
