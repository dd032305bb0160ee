package org.fazhi.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.calendar.CalendarDay;
import org.fazhi.calendar.DayKind;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.RefusedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console page of the calendar: a year as a month grid with its exceptional days, who
 * entered the year's notice, and the forms to correct a day, enter a year's notice (rows pasted as
 * text, or an Excel sheet) and withdraw a notice entered by mistake.
 */
@Controller
class CalendarPages {

    /** One month of the grid: its weeks, Monday first, null where the week spills into another month. */
    record Month(int number, List<List<Cell>> weeks) {
    }

    /** A day of the grid with the style of its kind; {@code day} null for padding. */
    record Cell(CalendarDay day, String css) {

        static Cell of(CalendarDay d) {
            if (d == null) {
                return new Cell(null, "");
            }
            return new Cell(d, switch (d.kind()) {
                case HOLIDAY -> "table-danger";
                case WORKDAY -> "table-warning";
                case WEEKEND -> "table-light text-muted";
                case WEEKDAY -> "";
            });
        }
    }

    private static final long MAX_UPLOAD = 2L * 1024 * 1024;
    private static final java.time.format.DateTimeFormatter ENTERED = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.of("Asia/Shanghai"));

    private final OfficialCalendar calendar;
    private final CalendarStore store;
    private final CalendarAdministration administration;
    private final KernelEditor editor;
    private final MessageSource messages;
    private final Clock clock;
    private final org.fazhi.units.UserDirectory users;

    CalendarPages(OfficialCalendar calendar, CalendarStore store, CalendarAdministration administration,
            KernelEditor editor, MessageSource messages, Clock clock, org.fazhi.units.UserDirectory users) {
        this.users = users;
        this.calendar = calendar;
        this.store = store;
        this.administration = administration;
        this.editor = editor;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/console/calendar")
    String year(@RequestParam(required = false) String year, Model model) {
        int y = LocalDate.now(clock).getYear();
        if (year != null && year.strip().matches("\\d{4}")) {
            y = Integer.parseInt(year.strip());
        }
        return page(y, model, Map.of(), Map.of(), List.of(), List.of());
    }

    @PostMapping("/console/calendar/days")
    String setDay(@RequestParam(defaultValue = "") String date, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String reason,
            Model model, RedirectAttributes redirect) {
        Map<String, String> form = Map.of("date", cut(date), "kind", cut(kind), "name", cut(name), "reason",
                cut(reason));
        LocalDate d = NoticeRows.date(date);
        int y = d == null ? LocalDate.now(clock).getYear() : d.getYear();
        List<String> errors = new ArrayList<>();
        try {
            CalendarAdministration.DayChange change;
            try {
                change = CalendarAdministration.DayChange.valueOf(kind.strip());
            } catch (IllegalArgumentException e) {
                change = null;
            }
            administration.setDay(d, change, name, reason);
        } catch (InvalidInputException e) {
            errors.addAll(errors(e));
        } catch (AccessDeniedException e) {
            errors.add(text("calendar.edit.forbidden"));
        }
        if (!errors.isEmpty()) {
            return page(y, model, form, Map.of(), errors, List.of());
        }
        redirect.addFlashAttribute("flashSuccess", text("calendar.day.saved", d.toString()));
        return "redirect:/console/calendar?year=" + y;
    }

    @PostMapping("/console/calendar/notice")
    String enterNotice(@RequestParam(defaultValue = "") String year, @RequestParam(defaultValue = "") String source,
            @RequestParam(defaultValue = "") String rows, @RequestParam(required = false) MultipartFile file,
            Model model, RedirectAttributes redirect) {
        Map<String, String> form = Map.of("year", cut(year), "source", cut(source), "rows",
                rows.length() > 40_000 ? rows.substring(0, 40_000) : rows);
        int y = year.strip().matches("\\d{4}") ? Integer.parseInt(year.strip()) : LocalDate.now(clock).getYear();
        List<String> errors = new ArrayList<>();
        try {
            if (!year.strip().matches("\\d{4}")) {
                throw InvalidInputException.field("year", "calendar.notice.year.invalid");
            }
            List<NoticeRow> parsed;
            if (file != null && !file.isEmpty()) {
                if (file.getSize() > MAX_UPLOAD) {
                    throw InvalidInputException.field("file", "calendar.notice.file.too-large");
                }
                try (InputStream in = file.getInputStream()) {
                    parsed = NoticeRows.read(in);
                }
            } else {
                parsed = NoticeRows.parse(rows);
            }
            CalendarAdministration.NoticeResult result = administration.enterNotice(y, source, parsed);
            redirect.addFlashAttribute("flashSuccess", text("calendar.notice.saved", String.valueOf(result.year()),
                    String.valueOf(result.days())));
            return "redirect:/console/calendar?year=" + y;
        } catch (InvalidInputException e) {
            errors.addAll(errors(e));
        } catch (AccessDeniedException e) {
            errors.add(text("calendar.edit.forbidden"));
        } catch (IOException e) {
            errors.add(text("problem.import.unreadable"));
        }
        return page(y, model, Map.of(), form, List.of(), errors);
    }

    @PostMapping("/console/calendar/withdraw")
    String withdraw(@RequestParam(defaultValue = "") String year, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        int y = year.strip().matches("\\d{4}") ? Integer.parseInt(year.strip()) : LocalDate.now(clock).getYear();
        try {
            administration.withdrawNotice(y, reason);
            redirect.addFlashAttribute("flashSuccess", text("calendar.withdraw.done", String.valueOf(y)));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", String.join(" ", errors(e)));
        } catch (RefusedException e) {
            redirect.addFlashAttribute("flashError", text(e.messageKey(), e.args()));
        } catch (AccessDeniedException e) {
            redirect.addFlashAttribute("flashError", text("calendar.edit.forbidden"));
        }
        return "redirect:/console/calendar?year=" + y;
    }

    private String page(int year, Model model, Map<String, String> dayForm, Map<String, String> noticeForm,
            List<String> dayErrors, List<String> noticeErrors) {
        CalendarBook book = calendar.book();
        int first = book.officialYears().isEmpty() ? year : book.officialYears().first();
        int y = Math.max(first, Math.min(CalendarBook.LAST_SUPPORTED_YEAR, year));
        boolean official = book.isOfficial(y);
        model.addAttribute("year", y);
        model.addAttribute("firstYear", first);
        model.addAttribute("lastYear", CalendarBook.LAST_SUPPORTED_YEAR);
        model.addAttribute("official", official);
        Optional<CalendarYear> info = store.year(y);
        model.addAttribute("latestOfficial", !book.officialYears().isEmpty() && book.officialYears().last() == y
                && y != first && !info.map(CalendarAdministration::shipped).orElse(false));
        model.addAttribute("info", info.orElse(null));
        model.addAttribute("shipped", info.map(CalendarAdministration::shipped).orElse(false));
        model.addAttribute("enteredBy", info.map(i -> users.findByUsername(i.enteredBy())
                .map(u -> u.displayName()).orElse(i.enteredBy())).orElse(""));
        model.addAttribute("enteredAt", info.map(i -> i.enteredAt() == null ? "" : ENTERED.withZone(clock.getZone()).format(i.enteredAt()))
                .orElse(""));
        model.addAttribute("warning", official ? null : calendar.provisionalWarning(y));
        model.addAttribute("months", months(book, y));
        model.addAttribute("days", exceptional(book, y));
        model.addAttribute("years", store.years());
        model.addAttribute("mayEdit", editor.mayEdit());
        model.addAttribute("dayForm", dayForm);
        model.addAttribute("noticeForm", noticeForm.isEmpty() ? Map.of("year", String.valueOf(y)) : noticeForm);
        model.addAttribute("dayErrors", dayErrors);
        model.addAttribute("noticeErrors", noticeErrors);
        return "calendar/console";
    }

    private static List<Month> months(CalendarBook book, int year) {
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth ym = YearMonth.of(year, m);
            List<List<Cell>> weeks = new ArrayList<>();
            List<Cell> week = new ArrayList<>();
            for (int pad = 1; pad < ym.atDay(1).getDayOfWeek().getValue(); pad++) {
                week.add(Cell.of(null));
            }
            for (int d = 1; d <= ym.lengthOfMonth(); d++) {
                LocalDate date = ym.atDay(d);
                week.add(Cell.of(book.day(date)));
                if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(Cell.of(null));
                }
                weeks.add(week);
            }
            months.add(new Month(m, weeks));
        }
        return months;
    }

    /** The year's exceptional days: the entered rows, or the provisional days off. */
    private List<CalendarDay> exceptional(CalendarBook book, int year) {
        List<CalendarDay> days = new ArrayList<>();
        if (book.isOfficial(year)) {
            store.daysIn(year).forEach(d -> days.add(book.day(d.date())));
        } else {
            StatutoryHolidays.forYear(year).keySet().forEach(d -> days.add(book.day(d)));
        }
        return days.stream().filter(d -> d.kind() == DayKind.HOLIDAY || d.kind() == DayKind.WORKDAY).toList();
    }

    private List<String> errors(InvalidInputException e) {
        List<String> out = new ArrayList<>();
        e.fieldProblems().forEach(p -> out.add(text(p.messageKey(), p.args())));
        if (out.isEmpty()) {
            out.add(text(e.messageKey(), e.args()));
        }
        return out;
    }

    private static String cut(String s) {
        return s.length() > 600 ? s.substring(0, 600) : s;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
