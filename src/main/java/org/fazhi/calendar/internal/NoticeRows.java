package org.fazhi.calendar.internal;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.calendar.DayKind;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.InvalidInputException.FieldProblem;
import org.fazhi.shared.excel.SheetRow;
import org.fazhi.shared.excel.SpreadsheetReader;

/**
 * Reads the days of a notice pasted as text (one line per day or range: {@code 2027-02-05,放假,春节}
 * or {@code 2027-02-05~2027-02-11 休 春节}; comma, tab or spaces between the cells) or uploaded as
 * an Excel sheet with the columns 日期, 类型, 名称. Any bad line refuses the whole paste.
 */
final class NoticeRows {

    static final int MAX_LINES = 400;
    static final int MAX_RANGE_DAYS = 31;
    static final int MAX_NAME = 60;
    static final List<String> SHEET_HEADERS = List.of("日期", "类型", "名称");

    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Pattern SPLIT = Pattern.compile("\\s*[,，\\t]\\s*|\\s+");
    private static final Pattern RANGE = Pattern.compile("\\s*(?:~|～|至|—|--)\\s*");

    private NoticeRows() {
    }

    static List<NoticeRow> parse(String text) {
        List<NoticeRow> rows = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            throw InvalidInputException.field("rows", "calendar.notice.empty");
        }
        String[] lines = text.split("\\r?\\n");
        if (lines.length > MAX_LINES) {
            throw InvalidInputException.field("rows", "calendar.notice.too-many", MAX_LINES);
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("日期") || line.startsWith("date")) {
                continue;
            }
            String normalised = RANGE.matcher(line).replaceAll("~");
            String[] cells = SPLIT.split(normalised, 3);
            if (cells.length < 3) {
                problems.add(new FieldProblem("rows[" + (i + 1) + "]", "calendar.notice.row.cells",
                        new Object[] {i + 1}));
                continue;
            }
            add(rows, problems, i + 1, cells[0], cells[1], cells[2]);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(400, "invalid-notice", "calendar.notice.invalid", problems);
        }
        return rows;
    }

    static List<NoticeRow> read(InputStream xlsx) {
        List<SheetRow> sheet = SpreadsheetReader.read(xlsx, SHEET_HEADERS);
        if (sheet.size() > MAX_LINES) {
            throw InvalidInputException.field("rows", "calendar.notice.too-many", MAX_LINES);
        }
        List<NoticeRow> rows = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (SheetRow r : sheet) {
            add(rows, problems, r.number(), RANGE.matcher(r.get("日期")).replaceAll("~"), r.get("类型"), r.get("名称"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(400, "invalid-notice", "calendar.notice.invalid", problems);
        }
        return rows;
    }

    private static void add(List<NoticeRow> rows, List<FieldProblem> problems, int line, String dates, String kindText,
            String nameText) {
        String field = "rows[" + line + "]";
        DayKind kind = kind(kindText);
        if (kind == null) {
            problems.add(new FieldProblem(field, "calendar.notice.row.kind", new Object[] {line, kindText}));
            return;
        }
        String name = nameText == null ? "" : nameText.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            problems.add(new FieldProblem(field, "calendar.notice.row.name", new Object[] {line, MAX_NAME}));
            return;
        }
        String[] ends = dates.split("~", -1);
        LocalDate first = date(ends[0]);
        LocalDate last = ends.length == 2 ? date(ends[1]) : ends.length == 1 ? first : null;
        if (first == null || last == null) {
            problems.add(new FieldProblem(field, "calendar.notice.row.date", new Object[] {line, dates}));
            return;
        }
        long span = ChronoUnit.DAYS.between(first, last);
        if (span < 0 || span >= MAX_RANGE_DAYS) {
            problems.add(new FieldProblem(field, "calendar.notice.row.range", new Object[] {line, MAX_RANGE_DAYS}));
            return;
        }
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            rows.add(new NoticeRow(line, d, kind, name));
        }
    }

    static DayKind kind(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "holiday", "休", "放假", "休息", "假" -> DayKind.HOLIDAY;
            case "workday", "班", "上班", "调休上班", "补班" -> DayKind.WORKDAY;
            default -> null;
        };
    }

    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
