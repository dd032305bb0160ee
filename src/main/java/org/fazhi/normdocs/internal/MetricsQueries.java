package org.fazhi.normdocs.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.fazhi.normdocs.NormativeDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reporting SQL over the module's own tables, for the metrics. */
@Repository
public class MetricsQueries {

    private static final String DOCS = "select d.*, v.version_no as current_version_no from normative_document d"
            + " join issuing_body ib on ib.id = d.issuing_body_id"
            + " left join document_version v on v.id = d.current_version_id"
            + " where (d.unit_id in (:units) or ib.unit_id in (:units))";

    private final JdbcClient jdbc;

    MetricsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Documents published in [from, to]. */
    public List<NormativeDocument> publishedBetween(Collection<Long> units, LocalDate from, LocalDate to) {
        return docs(" and d.status = 'PUBLISHED' and d.publication_date between :from and :to", units, from, to);
    }

    /** Documents registered in [from, to]. */
    public List<NormativeDocument> registeredBetween(Collection<Long> units, LocalDate from, LocalDate to) {
        return docs(" and d.registered_on between :from and :to", units, from, to);
    }

    /** Documents whose validity changed to {@code validity} in [from, to]. */
    public List<NormativeDocument> validityChangedBetween(Collection<Long> units, String validity, LocalDate from,
            LocalDate to) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(DOCS + " and d.validity = :validity and d.validity_changed_on between :from and :to"
                + " order by d.id").param("units", units).param("validity", validity).param("from", from)
                .param("to", to).query(DocumentStore::map).list();
    }

    /** Documents with a review request (any state) in the units. */
    public List<NormativeDocument> all(Collection<Long> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(DOCS + " order by d.id").param("units", units).query(DocumentStore::map).list();
    }

    public long activeIssuingBodies(Collection<Long> units) {
        if (units.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from issuing_body where active = true and unit_id in (:units)")
                .param("units", units).query(Long.class).single();
    }

    public List<String> activeIssuingBodyNames(Collection<Long> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select name from issuing_body where active = true and unit_id in (:units) order by name")
                .param("units", units).query(String.class).list();
    }

    private List<NormativeDocument> docs(String clause, Collection<Long> units, LocalDate from, LocalDate to) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(DOCS + clause + " order by d.id").param("units", units).param("from", from).param("to", to)
                .query(DocumentStore::map).list();
    }
}
