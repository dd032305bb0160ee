package org.fazhi.normdocs.internal.portal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read-only lists for the public catalog's filters: only what is published shows. */
@Repository
class PortalQueries {

    private final JdbcClient jdbc;

    PortalQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every listed body (active or not), with its count of published documents. */
    List<PublicBody> bodies() {
        return jdbc.sql("select ib.id, ib.name, ib.active, count(d.id) as published from issuing_body ib"
                + " left join normative_document d on d.issuing_body_id = ib.id and d.status = 'PUBLISHED'"
                + " group by ib.id, ib.name, ib.active order by ib.name")
                .query((rs, n) -> new PublicBody(rs.getLong("id"), rs.getString("name"), rs.getBoolean("active"),
                        rs.getLong("published")))
                .list();
    }

    /** The publication years of published documents, newest first. */
    List<Integer> years() {
        return jdbc.sql("select distinct extract(year from publication_date) as y from normative_document"
                + " where status = 'PUBLISHED' and publication_date is not null order by y desc")
                .query((rs, n) -> rs.getInt("y")).list();
    }
}
