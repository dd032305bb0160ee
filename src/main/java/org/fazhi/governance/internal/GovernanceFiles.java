package org.fazhi.governance.internal;

import java.util.List;
import java.util.Optional;
import org.fazhi.files.FileOwner;
import org.fazhi.files.StoredFile;
import org.fazhi.units.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may read a file held by a governance record (SECURITY.md AC-04, AC-06): a task's evidence by
 * whoever sees the plan's unit, the lead unit or a co-unit of the task; a finding's evidence by
 * whoever sees the inspecting, inspected or owning unit; a meeting's file and a 述法 record's file by
 * whoever sees their unit. Other files are not this module's to decide.
 */
@Component
class GovernanceFiles implements FileOwner {

    private final JdbcClient jdbc;
    private final DataScope scope;

    GovernanceFiles(JdbcClient jdbc, DataScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    @Override
    public Optional<Boolean> mayRead(StoredFile file) {
        List<Long> units = jdbc.sql("""
                select p.unit_id from task_evidence e join task_report r on r.id = e.report_id
                  join plan_task t on t.id = r.task_id join work_plan p on p.id = t.plan_id where e.file_id = :f
                union select t.lead_unit_id from task_evidence e join task_report r on r.id = e.report_id
                  join plan_task t on t.id = r.task_id where e.file_id = :f
                union select c.unit_id from task_evidence e join task_report r on r.id = e.report_id
                  join plan_task_co_unit c on c.task_id = r.task_id where e.file_id = :f
                union select i.unit_id from finding_evidence e join finding_report r on r.id = e.report_id
                  join finding f on f.id = r.finding_id join inspection i on i.id = f.inspection_id where e.file_id = :f
                union select i.inspected_unit_id from finding_evidence e join finding_report r on r.id = e.report_id
                  join finding f on f.id = r.finding_id join inspection i on i.id = f.inspection_id where e.file_id = :f
                union select f.owner_unit_id from finding_evidence e join finding_report r on r.id = e.report_id
                  join finding f on f.id = r.finding_id where e.file_id = :f
                union select m.unit_id from meeting_file mf join governance_meeting m on m.id = mf.meeting_id
                  where mf.file_id = :f
                union select d.unit_id from duty_statement d where d.file_id = :f
                """).param("f", file.id()).query(Long.class).list();
        if (units.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(units.stream().anyMatch(scope::canSee));
    }
}
