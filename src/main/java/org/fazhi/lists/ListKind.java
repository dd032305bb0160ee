package org.fazhi.lists;

/** The kinds of list a unit keeps; each kind is one list per unit, versioned. */
public enum ListKind {
    /** 权责清单: powers with type, legal basis, implementing unit, responsibilities and accountability. */
    POWER,
    /** 行政许可事项清单. */
    LICENSING,
    /** 证明事项清单: certifications kept or cancelled, and those handled by 告知承诺. */
    CERTIFICATION,
    /** 公共服务（政务服务）事项清单 with handling modes and promised time. */
    SERVICE;

    /** Whether the kind's items carry a legal basis that must be stated (清单之外无权力). */
    public boolean basisRequired() {
        return this == POWER || this == LICENSING || this == CERTIFICATION;
    }
}
