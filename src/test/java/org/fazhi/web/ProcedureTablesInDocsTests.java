package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.normdocs.internal.DocumentProcedure;
import org.fazhi.review.internal.ReviewProcedure;
import org.fazhi.shared.procedure.Procedure;
import org.junit.jupiter.api.Test;

/**
 * The procedure tables on the modules' design pages are the tables in the code: a step, a state or
 * a gate changed in the code without the page fails here. (A module's procedure joins the map when
 * its design page shows it.)
 */
class ProcedureTablesInDocsTests {

    private static final Pattern BLOCK = Pattern.compile("```procedure (\\S+)\\n(.*?)```", Pattern.DOTALL);

    private static final Map<String, Procedure<?, ?, ?>> PROCEDURES = Map.of(
            "normdocs", DocumentProcedure.PROCEDURE,
            "review", ReviewProcedure.PROCEDURE);

    @Test
    void theDesignPageShowsEachProcedureExactlyAsTheCodeHasIt() throws IOException {
        String page = Files.readString(Path.of("docs/normdocs-design.md"), StandardCharsets.UTF_8);
        Matcher m = BLOCK.matcher(page);
        int found = 0;
        while (m.find()) {
            Procedure<?, ?, ?> p = PROCEDURES.get(m.group(1));
            assertThat(p).as("procedure named on the page: " + m.group(1)).isNotNull();
            assertThat(m.group(2)).as("table of " + m.group(1) + " on docs/normdocs-design.md")
                    .isEqualTo(p.table());
            found++;
        }
        assertThat(found).as("procedure tables on the page").isEqualTo(PROCEDURES.size());
    }
}
