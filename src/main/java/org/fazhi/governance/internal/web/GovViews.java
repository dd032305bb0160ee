package org.fazhi.governance.internal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.fazhi.files.StoredFile;
import org.fazhi.governance.Evidence;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the governance pages share: the guide in words, the years offered, the units of the user's
 * scope and their names, uploads as evidence, and file downloads.
 */
@Component
class GovViews {

    /** A step as the page shows it: allowed, or the reason it would be refused. */
    public record StepView(String step, boolean allowed, String reason) {
    }

    /** The guide in words. */
    public record GuideView(String status, String next, Map<String, StepView> steps) {

        public boolean allowed(String step) {
            StepView s = steps.get(step);
            return s != null && s.allowed();
        }

        public String reason(String step) {
            StepView s = steps.get(step);
            return s == null ? "" : s.reason();
        }
    }

    private final Units units;
    private final DataScope scope;
    private final MessageSource messages;
    private final Clock clock;

    GovViews(Units units, DataScope scope, MessageSource messages, Clock clock) {
        this.units = units;
        this.scope = scope;
        this.messages = messages;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The year asked for, or this year (a year outside 2000..2100 is this year too). */
    int year(Integer year) {
        return year == null || year < 2000 || year > 2100 ? today().getYear() : year;
    }

    /** The years a selector offers: next year back to five years ago. */
    List<Integer> years() {
        int now = today().getYear();
        return IntStream.rangeClosed(0, 6).map(i -> now + 1 - i).boxed().toList();
    }

    GuideView guide(Guide<?> g) {
        Map<String, StepView> steps = new LinkedHashMap<>();
        for (StepCheck s : g.steps()) {
            steps.put(s.step(), new StepView(s.step(), s.allowed(),
                    s.allowed() ? "" : text(s.messageKey(), s.args().toArray())));
        }
        return new GuideView(((Enum<?>) g.status()).name(), text(g.nextKey(), g.nextArgs().toArray()), steps);
    }

    List<Unit> units() {
        return units.visibleTree();
    }

    Map<Long, String> names(Collection<Long> ids) {
        return units.names(ids);
    }

    String name(Long id) {
        return units.name(id);
    }

    Long home() {
        return scope.homeUnitId();
    }

    /** The uploads of a form as evidence (empty inputs left out). */
    static List<Evidence> evidence(List<MultipartFile> files) {
        List<Evidence> out = new ArrayList<>();
        if (files == null) {
            return out;
        }
        for (MultipartFile f : files) {
            if (f != null && !f.isEmpty()) {
                try {
                    out.add(new Evidence(f.getInputStream(), f.getOriginalFilename(), f.getContentType()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    static ResponseEntity<Resource> download(StoredFile f, Resource content) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.originalName(), StandardCharsets.UTF_8).build().toString())
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("X-Content-Type-Options", "nosniff").header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    List<String> labels(String... keys) {
        return java.util.Arrays.stream(keys).map(k -> text(k)).toList();
    }
}
