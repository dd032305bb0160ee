package org.fazhi.units.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.fazhi.units.Unit;
import org.fazhi.units.UnitDraft;
import org.fazhi.units.UnitKind;
import org.fazhi.units.UnitLevel;

/** The console form of a unit (a bean, so that a value that does not convert stays on the form). */
public class UnitForm {

    @NotBlank
    @Size(max = 32)
    @Pattern(regexp = "[0-9A-Za-z_-]{2,32}", message = "{unit.code.pattern}")
    private String code;
    @NotBlank
    @Size(max = 100)
    private String name;
    @NotNull
    private UnitKind kind;
    @NotNull
    private UnitLevel level;
    @Min(0)
    @Max(99999)
    private Integer sortOrder = 0;
    private boolean active = true;

    static UnitForm of(Unit u) {
        UnitForm f = new UnitForm();
        f.code = u.code();
        f.name = u.name();
        f.kind = u.kind();
        f.level = u.level();
        f.sortOrder = u.sortOrder();
        f.active = u.active();
        return f;
    }

    UnitDraft draft(Long parentId) {
        return new UnitDraft(parentId, code, name, kind, level, sortOrder, active);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
    }

    public UnitLevel getLevel() {
        return level;
    }

    public void setLevel(UnitLevel level) {
        this.level = level;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
