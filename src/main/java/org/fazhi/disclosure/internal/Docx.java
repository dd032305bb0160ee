package org.fazhi.disclosure.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A small DOCX writer: a title, headings, paragraphs and tables of text cells. */
final class Docx implements AutoCloseable {

    private final XWPFDocument doc = new XWPFDocument();

    Docx title(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = p.createRun();
        r.setBold(true);
        r.setFontSize(18);
        r.setFontFamily("方正小标宋简体");
        r.setText(text);
        return this;
    }

    Docx heading(String text) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun r = p.createRun();
        r.setBold(true);
        r.setFontSize(14);
        r.setFontFamily("黑体");
        r.setText(text);
        return this;
    }

    Docx paragraph(String text) {
        for (String line : (text == null ? "" : text).split("\\R")) {
            XWPFParagraph p = doc.createParagraph();
            p.setIndentationFirstLine(560);
            XWPFRun r = p.createRun();
            r.setFontSize(14);
            r.setFontFamily("仿宋_GB2312");
            r.setText(line);
        }
        return this;
    }

    Docx right(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        XWPFRun r = p.createRun();
        r.setFontSize(14);
        r.setText(text);
        return this;
    }

    Docx table(List<List<String>> rows) {
        if (rows.isEmpty()) {
            return this;
        }
        int cols = rows.stream().mapToInt(List::size).max().orElse(1);
        XWPFTable t = doc.createTable(rows.size(), cols);
        for (int i = 0; i < rows.size(); i++) {
            XWPFTableRow row = t.getRow(i);
            List<String> cells = rows.get(i);
            for (int j = 0; j < cols; j++) {
                row.getCell(j).setText(j < cells.size() && cells.get(j) != null ? cells.get(j) : "");
            }
        }
        doc.createParagraph();
        return this;
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
