package org.fazhi.units;

/**
 * A unit of the tree. {@code path} is the chain of ids from the root, e.g. {@code /1/3/12/}, so
 * that "is in the subtree of" is a prefix test.
 */
public record Unit(Long id, Long parentId, String code, String name, UnitKind kind, UnitLevel level, String path,
        int sortOrder, boolean active) {

    public boolean isWithin(Unit ancestor) {
        return path.startsWith(ancestor.path());
    }

    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 1;
    }
}
