package org.fazhi.search.internal;

import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.search.SearchIndex;
import org.fazhi.shared.web.Allowed;
import org.springframework.stereotype.Service;

/**
 * Staff maintenance of the search index: how many records of each type it holds, and a rebuild of
 * one type from the database (after a lost or damaged index directory). Rebuilding is for the
 * rule-of-law office and the system administrator, and is audited.
 */
@Service
public class IndexMaintenance {

    /** One record type with the number of records indexed. */
    public record TypeCount(String type, long records) {
    }

    private final SearchIndex index;
    private final AuditLog audit;

    IndexMaintenance(SearchIndex index, AuditLog audit) {
        this.index = index;
        this.audit = audit;
    }

    @Allowed.ConfigKeepers
    public List<TypeCount> counts() {
        return index.types().stream().map(t -> new TypeCount(t, index.count(t))).toList();
    }

    /** Reloads every record of {@code type} from its source; answers how many were indexed. */
    @Allowed.ConfigKeepers
    public int rebuild(String type) {
        long before = index.types().contains(type) ? index.count(type) : 0;
        int n = index.rebuild(type);
        audit.action("search-index", type, "rebuild", Map.of("before", before, "after", n));
        return n;
    }
}
