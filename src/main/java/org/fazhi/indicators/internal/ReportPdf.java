package org.fazhi.indicators.internal;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.fazhi.indicators.AnnualReport;
import org.fazhi.indicators.AnnualReport.Part;
import org.fazhi.indicators.AnnualReports.ReportView;
import org.fazhi.indicators.ReportTexts;
import org.fazhi.shared.RefusedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A report as PDF in the GB/T 9704 page layout (A4; margins top 37 mm, bottom 35 mm, left 28 mm, right
 * 26 mm; title 22 pt centred; body 16 pt with a two-character indent at a pitch of 22 lines a page; page
 * numbers "— 1 —" centred below the text block), with the CJK font of {@code fazhi.reports.pdf-font}
 * embedded (subset). Without that font the export is refused (409 {@code pdf-font-missing}).
 */
@Component
public class ReportPdf {

    private static final float MM = 72f / 25.4f;
    private static final float TOP = 37 * MM;
    private static final float BOTTOM = 35 * MM;
    private static final float LEFT = 28 * MM;
    private static final float RIGHT = 26 * MM;
    private static final float BODY = 16f;
    private static final float TITLE = 22f;
    /** 22 lines in the text block's height. */
    private static final float PITCH = (PDRectangle.A4.getHeight() - TOP - BOTTOM) / 22f;

    private final ReportTexts texts;
    private final File font;

    ReportPdf(ReportTexts texts, @Value("${fazhi.reports.pdf-font:}") String font) {
        this.texts = texts;
        this.font = font == null || font.isBlank() ? null : new File(font);
    }

    /** Whether the font to embed is there. */
    public boolean available() {
        return font != null && font.isFile();
    }

    public byte[] render(ReportView v) {
        if (!available()) {
            throw new RefusedException("pdf-font-missing", "indicators.refused.pdf-font-missing");
        }
        Locale zh = ReportTexts.DOCUMENT;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font cjk = load(doc);
            Writer w = new Writer(doc, cjk);
            w.centred(v.report().title(), TITLE);
            w.blank();
            for (int section = 1; section <= AnnualReport.SECTIONS; section++) {
                w.paragraph(texts.heading(section, v.report().year(), zh));
                for (Part p : v.section(section)) {
                    if (p.heading() != null) {
                        w.paragraph(texts.partNumber(p.seq()) + p.heading());
                    }
                    String figures = texts.figures(p, zh);
                    if (!figures.isEmpty()) {
                        w.paragraph(figures);
                    }
                    if (section == 2) {
                        w.paragraph(texts.shortfalls(v, zh));
                    }
                    for (String line : p.narrative().split("\\R")) {
                        if (!line.isBlank()) {
                            w.paragraph(line.strip());
                        }
                    }
                }
            }
            w.close();
            doc.getDocumentInformation().setTitle(v.report().title());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDType0Font load(PDDocument doc) throws IOException {
        if (font.getName().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            TrueTypeCollection collection = new TrueTypeCollection(font);
            collection.processAllFonts(f -> {
                if (first.get() == null) {
                    first.set(f);
                }
            });
            return PDType0Font.load(doc, first.get(), true);
        }
        return PDType0Font.load(doc, font);
    }

    /** Lays text out line by line, page by page, numbering the pages. */
    private static final class Writer {

        private final PDDocument doc;
        private final PDType0Font font;
        private final float width = PDRectangle.A4.getWidth() - LEFT - RIGHT;
        private PDPageContentStream stream;
        private float y;
        private int pages;

        Writer(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            pages++;
            stream = new PDPageContentStream(doc, page);
            String number = "— " + pages + " —";
            float w = font.getStringWidth(number) / 1000 * 14;
            text(number, (PDRectangle.A4.getWidth() - w) / 2, BOTTOM - 7 * MM - 14, 14);
            y = PDRectangle.A4.getHeight() - TOP;
        }

        private void text(String s, float x, float at, float size) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, at);
            stream.showText(s);
            stream.endText();
        }

        private void line(String s, float x, float size) throws IOException {
            if (y - PITCH < BOTTOM - 1) {
                newPage();
            }
            y -= PITCH;
            text(s, x, y + (PITCH - size) / 2, size);
        }

        void blank() throws IOException {
            line("", LEFT, BODY);
        }

        void centred(String s, float size) throws IOException {
            for (String l : wrap(s, width, size, 0)) {
                float w = font.getStringWidth(l) / 1000 * size;
                line(l, LEFT + (width - w) / 2, size);
            }
        }

        void paragraph(String s) throws IOException {
            List<String> lines = wrap(s, width, BODY, 2 * BODY);
            for (int i = 0; i < lines.size(); i++) {
                line(lines.get(i), LEFT + (i == 0 ? 2 * BODY : 0), BODY);
            }
        }

        private List<String> wrap(String s, float max, float size, float indent) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            float used = indent;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                float w = font.getStringWidth(ch) / 1000 * size;
                if (used + w > max && current.length() > 0) {
                    lines.add(current.toString());
                    current.setLength(0);
                    used = 0;
                }
                current.append(ch);
                used += w;
                i += Character.charCount(cp);
            }
            lines.add(current.toString());
            return lines;
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
