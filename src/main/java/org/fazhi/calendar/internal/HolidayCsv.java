package org.fazhi.calendar.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fazhi.calendar.DayKind;

/**
 * Reads the shipped {@code calendar/cn-holidays.csv} (date,kind,name; see cn-holidays-README.md).
 * A December row of a 元旦 period belongs to the next year's notice.
 */
final class HolidayCsv {

    static final String RESOURCE = "calendar/cn-holidays.csv";

    private HolidayCsv() {
    }

    static List<ExceptionalDay> read(InputStream in) {
        List<ExceptionalDay> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = r.readLine();
            if (line == null || !line.startsWith("date,kind,name")) {
                throw new IllegalStateException(RESOURCE + ": unexpected header " + line);
            }
            int number = 1;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 3) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": " + line);
                }
                LocalDate date = LocalDate.parse(cells[0].strip());
                DayKind kind = switch (cells[1].strip().toLowerCase(Locale.ROOT)) {
                    case "holiday" -> DayKind.HOLIDAY;
                    case "workday" -> DayKind.WORKDAY;
                    default -> throw new IllegalStateException(RESOURCE + " line " + number + ": kind " + cells[1]);
                };
                String name = cells[2].strip();
                rows.add(new ExceptionalDay(date, kind, name, noticeYear(date, name), null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The notice a row comes from: late-December 元旦 rows belong to the next year's notice. */
    static int noticeYear(LocalDate date, String name) {
        return date.getMonthValue() == 12 && name.contains(StatutoryHolidays.NEW_YEAR) ? date.getYear() + 1
                : date.getYear();
    }
}
