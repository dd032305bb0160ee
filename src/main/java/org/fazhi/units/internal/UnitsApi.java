package org.fazhi.units.internal;

import org.fazhi.shared.excel.SpreadsheetDownload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.excel.ImportReport;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The unit tree as JSON: only units in the caller's data scope; another unit answers 404. */
@RestController
@RequestMapping("/api/v1/units")
@Validated
@Tag(name = "units", description = "单位 (units tree within the caller's data scope)")
class UnitsApi {

    private final Units units;
    private final UnitImport importer;
    private final UnitExport export;
    private final ImportProblems problems;

    UnitsApi(Units units, UnitImport importer, UnitExport export, ImportProblems problems) {
        this.units = units;
        this.importer = importer;
        this.export = export;
        this.problems = problems;
    }

    @GetMapping
    @Operation(summary = "Visible units in tree order, filtered by code/name and optionally by a subtree")
    PageResult<Unit> list(@RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) @Positive Long rootId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return units.search(q, rootId, PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One unit (404 outside the data scope)")
    Unit get(@PathVariable long id) {
        return units.get(id);
    }

    @PostMapping
    @Operation(summary = "Create a child unit (SYSTEM_ADMIN or RULE_OF_LAW_OFFICE)")
    ResponseEntity<Unit> create(@Valid @RequestBody UnitRequest request) {
        if (request.parentId() == null) {
            throw InvalidInputException.field("parentId", "unit.parent.required");
        }
        Unit created = units.create(request.draft());
        return ResponseEntity.created(URI.create("/api/v1/units/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a unit's code, name, kind, level, order or active flag (the parent stays)")
    Unit update(@PathVariable long id, @Valid @RequestBody UnitRequest request) {
        return units.update(id, request.draft());
    }

    @GetMapping(value = "/export", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The visible units as an XLSX sheet")
    ResponseEntity<byte[]> exportUnits() {
        return SpreadsheetDownload.xlsx("units.xlsx", export::units);
    }

    @GetMapping(value = "/import/template",
            produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The XLSX template of the unit import")
    ResponseEntity<byte[]> template() {
        return SpreadsheetDownload.xlsx("units-template.xlsx", importer::template);
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import units from XLSX: all or nothing; 422 with a row-by-row report when any row is wrong")
    ResponseEntity<Object> importUnits(@RequestPart("file") MultipartFile file) throws IOException {
        ImportReport report = importer.run(ImportUploads.open(file));
        return problems.answer(report, report);
    }
}
