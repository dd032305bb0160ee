package org.fazhi.shared.web;

import java.util.List;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;

/** One page of a list already read in full (short lists: bodies, plan items, campaigns, advisers). */
public final class Paging {

    private Paging() {
    }

    public static <T> PageResult<T> of(List<T> all, Integer page, Integer size) {
        PageQuery q = PageQuery.of(page, size);
        int from = (int) Math.min(all.size(), q.offset());
        int to = Math.min(all.size(), from + q.size());
        return new PageResult<>(all.subList(from, to), q.page(), q.size(), all.size());
    }
}
