package org.fazhi.units.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.fazhi.shared.web.UnitDirectory;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.stereotype.Component;

/** The units as the console pages offer them (shared.web.ModuleViews): the reader's scope decides. */
@Component
class ConsoleUnitDirectory implements UnitDirectory {

    private final DataScope scope;
    private final Units units;

    ConsoleUnitDirectory(DataScope scope, Units units) {
        this.scope = scope;
        this.units = units;
    }

    @Override
    public Long homeUnitId() {
        return scope.homeUnitId();
    }

    @Override
    public Map<Long, String> names(Collection<Long> ids) {
        return units.names(List.copyOf(ids));
    }

    @Override
    public List<Option> choosable(Collection<String> kinds) {
        return units.visibleTree().stream().filter(Unit::active)
                .filter(u -> kinds.isEmpty() || kinds.contains(u.kind().name()))
                .map(u -> new Option(u.id(), u.name())).toList();
    }
}
