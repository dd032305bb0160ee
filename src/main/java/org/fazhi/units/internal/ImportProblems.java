package org.fazhi.units.internal;

import java.util.Map;
import org.fazhi.shared.excel.ImportReport;
import org.fazhi.shared.web.ProblemTypes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** An import refused row by row, as an RFC 9457 problem (422) that carries the whole report. */
@Component
class ImportProblems {

    private final MessageSource messages;

    ImportProblems(MessageSource messages) {
        this.messages = messages;
    }

    ResponseEntity<Object> answer(ImportReport report, Object success) {
        if (report.ok()) {
            return ResponseEntity.ok(success);
        }
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("import.rejected", new Object[] {report.errors().size()},
                        LocaleContextHolder.getLocale()));
        p.setType(ProblemTypes.of("import-rejected"));
        p.setTitle(HttpStatus.UNPROCESSABLE_CONTENT.getReasonPhrase());
        p.setProperty("rows", report.rows());
        p.setProperty("imported", 0);
        p.setProperty("errors", report.errors().stream()
                .map(e -> Map.of("row", e.row(), "column", e.column(), "message", e.message())).toList());
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
