package org.fazhi.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fazhi.support.FazhiIT;
import org.fazhi.units.ActingAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo county carries a year of major decisions in every state: its catalog approved and published,
 * a draft out for comment with a comment on an article, a hearing announced with its participants
 * published, a draft argued by an expert and assessed for risk, one reviewed, one decided, one being
 * implemented with its milestones on the 督办台, one evaluated after implementation.
 */
@FazhiIT
class DemoDecisionsIT {

    @Autowired
    ActingAs acting;
    @Autowired
    DecisionCatalogs catalogs;
    @Autowired
    MajorDecisions decisions;
    @Autowired
    Hearings hearings;
    @Autowired
    Milestones milestones;
    @Autowired
    DecisionEvaluations evaluations;
    @Autowired
    Argumentations argumentations;

    @Test
    void theDemoCountyHasDecisionsInEveryStateOfTheYear() {
        acting.run("fzb", () -> {
            assertThat(catalogs.published()).anySatisfy(c -> assertThat(c.title()).startsWith("示范县人民政府"));
            List<MajorDecision> all = decisions.list(null);
            assertThat(all).extracting(MajorDecision::status).contains(DecisionStatus.DRAFTING,
                    DecisionStatus.CONSULTING, DecisionStatus.REVIEWED, DecisionStatus.DECIDED,
                    DecisionStatus.IMPLEMENTING);
            assertThat(all).filteredOn(d -> d.status() == DecisionStatus.DRAFTING)
                    .anySatisfy(d -> assertThat(hearings.ofDecision(d.id())).singleElement()
                            .satisfies(h -> assertThat(h.participants()).hasSize(3)))
                    .anySatisfy(d -> assertThat(argumentations.ofDecision(d.id())).isNotEmpty());
            assertThat(all).filteredOn(d -> d.status() == DecisionStatus.IMPLEMENTING)
                    .anySatisfy(d -> assertThat(milestones.ofDecision(d.id())).hasSize(2)
                            .allSatisfy(m -> assertThat(m.deadlineId()).isNotNull()))
                    .anySatisfy(d -> assertThat(evaluations.ofDecision(d.id())).hasSize(1));
            return null;
        });
    }
}
