package org.fazhi.indicators.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.fazhi.indicators.AnnualReport.Part;
import org.fazhi.indicators.AnnualReports.ReportView;
import org.fazhi.indicators.ReportTexts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.springframework.stereotype.Component;

/**
 * A report as a Word document in the official-document layout of GB/T 9704-2012: A4; margins top 37 mm,
 * bottom 35 mm, left 28 mm, right 26 mm; title in 小标宋 2号 (22 pt) centred; headings 一、 in 黑体 and (一) in
 * 楷体_GB2312; body in 仿宋_GB2312 3号 (16 pt) with a two-character indent at a fixed line pitch giving 22 lines
 * of 28 characters; page numbers "— 1 —" in 宋体 4号 at the foot. The fonts are named, not embedded (Word
 * substitutes the nearest installed one).
 */
@Component
public class ReportDocx {

    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String HEADING_FONT = "黑体";
    static final String SUBHEADING_FONT = "楷体_GB2312";
    static final String PAGE_NUMBER_FONT = "宋体";
    /** 3号 = 16 pt; 22 lines in the 225 mm text block is a pitch of about 28.9 pt (578 twips). */
    static final int LINE_PITCH_TWIPS = 578;

    private final ReportTexts texts;

    ReportDocx(ReportTexts texts) {
        this.texts = texts;
    }

    public byte[] render(ReportView v) {
        Locale zh = ReportTexts.DOCUMENT;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            paragraph(doc, v.report().title(), TITLE_FONT, 22, ParagraphAlignment.CENTER, false);
            paragraph(doc, "", BODY_FONT, 16, ParagraphAlignment.LEFT, false);
            for (int section = 1; section <= org.fazhi.indicators.AnnualReport.SECTIONS; section++) {
                paragraph(doc, texts.heading(section, v.report().year(), zh), HEADING_FONT, 16,
                        ParagraphAlignment.LEFT, true);
                for (Part p : v.section(section)) {
                    if (p.heading() != null) {
                        paragraph(doc, texts.partNumber(p.seq()) + p.heading(), SUBHEADING_FONT, 16,
                                ParagraphAlignment.LEFT, true);
                    }
                    String figures = texts.figures(p, zh);
                    if (!figures.isEmpty()) {
                        paragraph(doc, figures, BODY_FONT, 16, ParagraphAlignment.BOTH, true);
                    }
                    if (section == 2) {
                        paragraph(doc, texts.shortfalls(v, zh), BODY_FONT, 16, ParagraphAlignment.BOTH, true);
                    }
                    for (String line : p.narrative().split("\\R")) {
                        if (!line.isBlank()) {
                            paragraph(doc, line.strip(), BODY_FONT, 16, ParagraphAlignment.BOTH, true);
                        }
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(Math.round(37 * TWIPS_PER_MM)));
        mar.setBottom(BigInteger.valueOf(Math.round(35 * TWIPS_PER_MM)));
        mar.setLeft(BigInteger.valueOf(Math.round(28 * TWIPS_PER_MM)));
        mar.setRight(BigInteger.valueOf(Math.round(26 * TWIPS_PER_MM)));
        mar.setFooter(BigInteger.valueOf(Math.round(28 * TWIPS_PER_MM)));
        var grid = sect.addNewDocGrid();
        grid.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(LINE_PITCH_TWIPS));
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "— ", PAGE_NUMBER_FONT, 14);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        run(p, " —", PAGE_NUMBER_FONT, 14);
    }

    private static void paragraph(XWPFDocument doc, String text, String font, int points, ParagraphAlignment align,
            boolean indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        if (indent) {
            p.setIndentationFirstLine(points * 20 * 2);
        }
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTSpacing spacing = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        spacing.setLine(BigInteger.valueOf(LINE_PITCH_TWIPS));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        run(p, text, font, points);
    }

    private static void run(XWPFParagraph p, String text, String font, int points) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(points);
    }
}
