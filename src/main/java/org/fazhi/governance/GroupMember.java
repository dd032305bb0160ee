package org.fazhi.governance;

/** One person on a leading group's roster: role, name, post, whether a principal (第一责任人), order. */
public record GroupMember(long id, long groupId, MemberRole role, String name, String post, boolean principal,
        int sortNo) {
}
