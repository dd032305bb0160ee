package org.fazhi.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.springframework.stereotype.Component;

/**
 * The one way the console writes dates and times, so a page never mixes formats: dates as
 * {@code 2026-03-02}, times as {@code 2026-03-02 14:05} (Beijing time), and where seconds matter (the
 * audit log) {@code 2026-03-02 14:05:09}. In templates: {@code ${@fzDates.date(d.publicationDate())}},
 * {@code ${@fzDates.dateTime(t.createdAt())}}. Null is written as an empty string.
 */
@Component("fzDates")
public class DateFormats {

    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter precise;

    DateFormats(Clock clock) {
        this.date = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(clock.getZone());
        this.dateTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        this.precise = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(clock.getZone());
    }

    public String date(Object value) {
        return format(value, date);
    }

    public String dateTime(Object value) {
        return format(value, dateTime);
    }

    /** With seconds, for records where the order within a minute matters (the audit log). */
    public String precise(Object value) {
        return format(value, precise);
    }

    private String format(Object value, DateTimeFormatter f) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate d) {
            return d.format(date);
        }
        TemporalAccessor t;
        if (value instanceof Instant i) {
            t = i;
        } else if (value instanceof OffsetDateTime o) {
            t = o.toInstant();
        } else if (value instanceof ZonedDateTime z) {
            t = z.toInstant();
        } else if (value instanceof LocalDateTime l) {
            t = l;
        } else {
            throw new IllegalArgumentException("not a date or time: " + value.getClass());
        }
        return f.format(t);
    }
}
