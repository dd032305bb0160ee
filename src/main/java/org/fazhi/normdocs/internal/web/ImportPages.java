package org.fazhi.normdocs.internal.web;

import org.fazhi.shared.web.Allowed;
import java.io.IOException;
import java.util.List;
import org.fazhi.normdocs.CatalogImport;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.excel.ImportReport;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 目录导入 (/console/normdocs/import): the template, and importing an existing catalog of published
 * documents from Excel with a row-by-row report; nothing is stored unless every row is right.
 */
@Controller
@RequestMapping("/console/normdocs/import")
@Allowed.Reviewers
class ImportPages {

    private final CatalogImport importer;
    private final DocumentViews views;

    ImportPages(CatalogImport importer, DocumentViews views) {
        this.importer = importer;
        this.views = views;
    }

    @GetMapping
    String page() {
        return "normdocs/import";
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template() {
        return Uploads.xlsx(views.text("normdocs.import.template-file"), importer::template);
    }

    @PostMapping
    String run(@RequestParam(value = "file", required = false) MultipartFile file, Model model) throws IOException {
        try {
            ImportReport report = importer.run(Uploads.open(file));
            model.addAttribute("report", report);
        } catch (InvalidInputException e) {
            model.addAttribute("fileError", views.text(e.messageKey(), e.args()));
        }
        return "normdocs/import";
    }

}
