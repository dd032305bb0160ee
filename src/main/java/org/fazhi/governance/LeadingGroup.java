package org.fazhi.governance;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's leading group (领导小组) for a year: its name, where its office sits, the document that set
 * it up and its roster in order. Names of persons are internal records: they are shown in the console
 * and in reports, never on the portal.
 */
public record LeadingGroup(long id, long unitId, int year, String name, Long officeUnitId, String officeNote,
        String documentRef, LocalDate establishedOn, List<GroupMember> members) {

    public LeadingGroup {
        members = List.copyOf(members);
    }

    /** The members holding a role, in roster order. */
    public List<GroupMember> withRole(MemberRole role) {
        return members.stream().filter(m -> m.role() == role).toList();
    }

    /** The principals (党政主要负责人, 第一责任人) on the roster. */
    public List<GroupMember> principals() {
        return members.stream().filter(GroupMember::principal).toList();
    }
}
