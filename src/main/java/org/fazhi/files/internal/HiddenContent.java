package org.fazhi.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What an Office document holds that its reader does not see (SECURITY.md PI-04; the checks of
 * mySociety's ExcelAnalyzer, after a spreadsheet with a hidden sheet of personal data was published in
 * answer to a request). A workbook: hidden or very hidden sheets, hidden rows and columns, external
 * links, defined names other than Excel's own (print areas, filters), pivot caches, a data model. A
 * Word document: comments and tracked insertions or deletions. Such a file is not published until it
 * is cleaned. The file passed the upload's container checks (sizes, entry count), so its parts are
 * read whole.
 */
final class HiddenContent {

    /** What was found, by kind (the codes the refusal and its audit entry name). */
    enum Finding {
        HIDDEN_SHEET, HIDDEN_ROWS, HIDDEN_COLUMNS, EXTERNAL_LINKS, DEFINED_NAMES, PIVOT_CACHES, DATA_MODEL, COMMENTS,
        TRACKED_CHANGES
    }

    private static final Pattern SHEET = Pattern.compile("<(?:\\w+:)?sheet\\b[^>]*>");
    private static final Pattern HIDDEN_STATE = Pattern.compile("\\bstate=\"(?:hidden|veryHidden)\"");
    private static final Pattern HIDDEN_ROW = Pattern.compile("<(?:\\w+:)?row\\b[^>]*\\bhidden=\"(?:1|true)\"");
    private static final Pattern HIDDEN_COL = Pattern.compile("<(?:\\w+:)?col\\b[^>]*\\bhidden=\"(?:1|true)\"");
    private static final Pattern DEFINED_NAME = Pattern.compile("<(?:\\w+:)?definedName\\b[^>]*\\bname=\"([^\"]*)\"");
    private static final Pattern COMMENT = Pattern.compile("<w:comment\\b");
    private static final Pattern TRACKED = Pattern.compile("<w:(?:ins|del|moveFrom|moveTo)\\b");

    private HiddenContent() {
    }

    /** The findings of a stored file of the given type (none for a type that cannot hide content this way). */
    static Set<Finding> of(FileType type, Path file) {
        if (type != FileType.XLSX && type != FileType.DOCX) {
            return Set.of();
        }
        Set<Finding> found = new LinkedHashSet<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                if (type == FileType.XLSX) {
                    workbookPart(zip, e, name, found);
                } else {
                    documentPart(zip, e, name, found);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static void workbookPart(ZipFile zip, ZipEntry e, String name, Set<Finding> found) throws IOException {
        if (name.startsWith("xl/externalLinks/") && name.endsWith(".xml")) {
            found.add(Finding.EXTERNAL_LINKS);
        } else if (name.startsWith("xl/pivotCache/")) {
            found.add(Finding.PIVOT_CACHES);
        } else if (name.startsWith("xl/model/") || name.startsWith("xl/connections.xml")) {
            found.add(Finding.DATA_MODEL);
        } else if (name.equals("xl/workbook.xml")) {
            String xml = text(zip, e);
            Matcher sheets = SHEET.matcher(xml);
            while (sheets.find()) {
                if (HIDDEN_STATE.matcher(sheets.group()).find()) {
                    found.add(Finding.HIDDEN_SHEET);
                }
            }
            Matcher names = DEFINED_NAME.matcher(xml);
            while (names.find()) {
                if (!names.group(1).startsWith("_xlnm.")) {
                    found.add(Finding.DEFINED_NAMES);
                }
            }
        } else if (name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
            String xml = text(zip, e);
            if (HIDDEN_ROW.matcher(xml).find()) {
                found.add(Finding.HIDDEN_ROWS);
            }
            if (HIDDEN_COL.matcher(xml).find()) {
                found.add(Finding.HIDDEN_COLUMNS);
            }
        }
    }

    private static void documentPart(ZipFile zip, ZipEntry e, String name, Set<Finding> found) throws IOException {
        if (name.equals("word/comments.xml") && COMMENT.matcher(text(zip, e)).find()) {
            found.add(Finding.COMMENTS);
        } else if (List.of("word/document.xml", "word/footnotes.xml", "word/endnotes.xml").contains(name)
                || name.matches("word/(header|footer)\\d*\\.xml")) {
            if (TRACKED.matcher(text(zip, e)).find()) {
                found.add(Finding.TRACKED_CHANGES);
            }
        }
    }

    private static String text(ZipFile zip, ZipEntry e) throws IOException {
        try (InputStream in = zip.getInputStream(e)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
