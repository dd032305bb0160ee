package org.fazhi.deadlines.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The 督办台 as JSON: the caller's scoped deadlines, one deadline (404 outside the scope), 催办. */
@RestController
@RequestMapping("/api/v1/deadlines")
class DeadlinesApi {

    private final DeadlineBoard board;

    DeadlinesApi(DeadlineBoard board) {
        this.board = board;
    }

    @GetMapping
    PageResult<DeadlineView> list(@RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String module, @RequestParam(required = false) String status,
            @RequestParam(required = false) String dueFrom, @RequestParam(required = false) String dueTo,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        BoardFilter f = board.filter(unitId, module, status, date("dueFrom", dueFrom), date("dueTo", dueTo));
        return board.list(f, PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    DeadlineBoard.Detail get(@PathVariable long id) {
        return board.detail(id);
    }

    @PostMapping("/{id}/urge")
    Map<String, Object> urge(@PathVariable long id) {
        return Map.of("id", id, "recipients", board.urge(id));
    }

    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > 10) {
            throw InvalidInputException.field(field, "deadlines.date.invalid");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field(field, "deadlines.date.invalid");
        }
    }
}
