package org.fazhi.enforcement.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.fazhi.enforcement.CaseImport;
import org.fazhi.enforcement.CaseImportJobs;
import org.fazhi.enforcement.CaseImportReport;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.excel.SpreadsheetDownload;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.ProblemTypes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The case import as an API: the template, and a file of cases either as a multipart upload or as the
 * raw request body (CSV or XLSX, streamed, so a large file never sits in memory); 200 with the counts,
 * or 422 with the row-by-row report and nothing stored.
 */
@RestController
@RequestMapping("/api/v1/enforcement/imports")
@Validated
@Allowed.EnforcementOfficers
@Tag(name = "enforcement", description = "行政执法案件 (enforcement cases)")
class CaseImportApi {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CaseImport imports;
    private final CaseImportJobs jobs;
    private final MessageSource messages;

    CaseImportApi(CaseImport imports, CaseImportJobs jobs, MessageSource messages) {
        this.imports = imports;
        this.jobs = jobs;
        this.messages = messages;
    }

    @GetMapping(value = "/template", produces = SpreadsheetDownload.TYPE)
    @Operation(summary = "The XLSX template of the case import (the same columns serve a UTF-8 CSV)")
    ResponseEntity<byte[]> template() {
        return SpreadsheetDownload.xlsx("enforcement-cases-template.xlsx", imports::template);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import cases from a CSV or XLSX upload of the source system: all or nothing;"
            + " rows imported before from the same source are skipped; 422 with the report when any row is wrong")
    ResponseEntity<Object> upload(@RequestParam String source, @RequestPart("file") MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("import-empty", "problem.import.empty");
        }
        return answer(imports.run(file.getInputStream(), file.getOriginalFilename(), source));
    }

    @PostMapping(consumes = {"text/csv", XLSX})
    @Operation(summary = "As the upload, with the file as the request body (Content-Type text/csv or XLSX)")
    ResponseEntity<Object> body(@RequestParam String source, HttpServletRequest request) throws IOException {
        String type = request.getContentType() == null ? "" : request.getContentType();
        String name = type.startsWith(XLSX) ? "cases.xlsx" : "cases.csv";
        return answer(imports.run(request.getInputStream(), name, source));
    }

    @PostMapping(value = "/jobs", consumes = {"text/csv", XLSX})
    @Operation(summary = "Start an import in the background with the file as the request body; 202 with the job"
            + " to follow (GET /jobs/{id}: phase, rows done, rows in all, percent, and the report at the end)")
    ResponseEntity<CaseImportJobs.Job> startJob(@RequestParam String source, HttpServletRequest request)
            throws IOException {
        String type = request.getContentType() == null ? "" : request.getContentType();
        CaseImportJobs.Job job = jobs.start(request.getInputStream(), type.startsWith(XLSX) ? "cases.xlsx"
                : "cases.csv", source);
        return ResponseEntity.accepted().location(URI.create("/api/v1/enforcement/imports/jobs/" + job.id()))
                .body(job);
    }

    @PostMapping(value = "/jobs", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "As the body, with the file as an upload")
    ResponseEntity<CaseImportJobs.Job> startJobUpload(@RequestParam String source,
            @RequestPart("file") MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("import-empty", "problem.import.empty");
        }
        CaseImportJobs.Job job = jobs.start(file.getInputStream(), file.getOriginalFilename(), source);
        return ResponseEntity.accepted().location(URI.create("/api/v1/enforcement/imports/jobs/" + job.id()))
                .body(job);
    }

    @GetMapping("/jobs/{id}")
    @Operation(summary = "A background import of the caller (404 for another's)")
    CaseImportJobs.Job job(@PathVariable @Size(max = 40) String id) {
        return jobs.get(id);
    }

    private ResponseEntity<Object> answer(CaseImportReport report) {
        if (report.ok()) {
            return ResponseEntity.ok(report);
        }
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("import.rejected", new Object[] {report.errorCount()},
                        LocaleContextHolder.getLocale()));
        p.setType(ProblemTypes.of("import-rejected"));
        p.setTitle(HttpStatus.UNPROCESSABLE_CONTENT.getReasonPhrase());
        p.setProperty("rows", report.rows());
        p.setProperty("imported", 0);
        p.setProperty("errorCount", report.errorCount());
        p.setProperty("sha256", report.sha256());
        p.setProperty("errors", report.errors().stream()
                .map(e -> Map.of("row", e.row(), "column", e.column(), "message", e.message())).toList());
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
