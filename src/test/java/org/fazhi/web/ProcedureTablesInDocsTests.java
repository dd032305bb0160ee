package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fazhi.enforcement.internal.CaseProcedure;
import org.fazhi.governance.internal.FindingProcedure;
import org.fazhi.governance.internal.TaskProcedure;
import org.fazhi.inspections.internal.PlanProcedure;
import org.fazhi.lists.internal.ListProcedure;
import org.fazhi.normdocs.internal.DocumentProcedure;
import org.fazhi.review.internal.ReviewProcedure;
import org.fazhi.shared.procedure.Procedure;
import org.junit.jupiter.api.Test;

/**
 * The procedure tables on the modules' design pages ({@code docs/*-design.md}) are the tables in the
 * code: a step, a state or a gate changed in the code without the page fails here, and every procedure
 * of the map is shown on exactly one page. (A module's procedure joins the map when its design page
 * shows it.)
 */
class ProcedureTablesInDocsTests {

    private static final Pattern BLOCK = Pattern.compile("```procedure (\\S+)\\n(.*?)```", Pattern.DOTALL);

    private static final Map<String, Procedure<?, ?, ?>> PROCEDURES = Map.of(
            "normdocs", DocumentProcedure.PROCEDURE,
            "review", ReviewProcedure.PROCEDURE,
            "lists", ListProcedure.PROCEDURE,
            "governance-task", TaskProcedure.PROCEDURE,
            "governance-finding", FindingProcedure.PROCEDURE,
            "enforcement-case", CaseProcedure.PROCEDURE,
            "inspections-plan", PlanProcedure.PROCEDURE);

    @Test
    void theDesignPagesShowEachProcedureExactlyAsTheCodeHasIt() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            pages = files.filter(p -> p.getFileName().toString().endsWith("-design.md")).sorted().toList();
        }
        assertThat(pages).as("design pages under docs/").isNotEmpty();
        List<String> shown = new ArrayList<>();
        for (Path page : pages) {
            Matcher m = BLOCK.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (m.find()) {
                Procedure<?, ?, ?> p = PROCEDURES.get(m.group(1));
                assertThat(p).as("procedure named on " + page + ": " + m.group(1)).isNotNull();
                assertThat(m.group(2)).as("table of " + m.group(1) + " on " + page).isEqualTo(p.table());
                shown.add(m.group(1));
            }
        }
        assertThat(shown).as("procedure tables on the design pages, each once")
                .containsExactlyInAnyOrderElementsOf(PROCEDURES.keySet());
    }
}
