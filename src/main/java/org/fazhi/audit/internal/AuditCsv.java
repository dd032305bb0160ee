package org.fazhi.audit.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Audit entries as CSV for Excel: UTF-8 with a byte-order mark, every field quoted, CRLF line
 * ends, and text that a spreadsheet would run as a formula (=, +, -, @, tab, CR) prefixed with an
 * apostrophe, since sign-in names and changed values come from users.
 */
@Component
public class AuditCsv {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final List<String> COLUMNS = List.of("seq", "time", "actor", "actor-id", "unit", "ip",
            "entity-type", "entity-id", "action", "outcome", "changes", "request-id", "prev-hash", "hash");

    private final MessageSource messages;
    private final DateTimeFormatter time;

    AuditCsv(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(clock.getZone());
    }

    /** Writes the header and every row {@code source} hands over; returns the number of rows. */
    public long write(OutputStream out, Locale locale, Map<Long, String> unitNames,
            Consumer<Consumer<AuditStore.Row>> source) throws IOException {
        out.write(BOM);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
        line(w, COLUMNS.stream().map(c -> messages.getMessage("audit.column." + c, null, c, locale)).toList());
        long[] count = {0};
        try {
            source.accept(r -> {
                try {
                    line(w, List.of(String.valueOf(r.seq()), time.format(r.occurredAt()), text(r.actorName()),
                            r.actorId() == null ? "" : r.actorId().toString(), unit(r.actorUnitId(), unitNames),
                            text(r.ip()), text(r.entityType()), text(r.entityId()), text(r.action()),
                            text(r.outcome()), text(r.changes()), text(r.requestId()), text(r.prevHash()),
                            text(r.hash())));
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
        return count[0];
    }

    private static String unit(Long id, Map<Long, String> names) {
        if (id == null) {
            return "";
        }
        return text(names.getOrDefault(id, id.toString()));
    }

    /** Defuses spreadsheet formulas in user-supplied text. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }

    private static void line(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write('"');
            w.write(fields.get(i).replace("\"", "\"\""));
            w.write('"');
        }
        w.write("\r\n");
    }
}
