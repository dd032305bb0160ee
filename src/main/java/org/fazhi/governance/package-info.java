/**
 * Organisation and supervision of rule-of-law government work (组织领导与督办): the leading group of each
 * unit and year with its roster, each principal's annual 述法; work plans (年度工作要点, 实施方案) split
 * into tasks with a responsible unit, co-units and a due date, progress reports with evidence, overdue
 * tasks on the 督办台 with 催办, and completion per unit; special meetings, leadership study sessions
 * and court-hearing attendance counted against their yearly targets with an early warning in the
 * fourth quarter; inspections and half-yearly self-inspections whose findings are rectified (整改) to
 * closure with evidence; and the rule-of-law weight of the annual target assessment.
 *
 * <p>A task and a finding each follow a procedure in the module pattern ({@code internal.TaskProcedure},
 * {@code internal.FindingProcedure}); their due dates are set by the plan or the inspection and tracked
 * on the 督办台 under the rules GV-01 and GV-02.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Governance")
package org.fazhi.governance;
