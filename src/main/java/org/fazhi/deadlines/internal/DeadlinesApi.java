package org.fazhi.deadlines.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
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
            @RequestParam(required = false) Boolean dueThisWeek,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        BoardFilter f = board.filter(unitId, module, status, date("dueFrom", dueFrom), date("dueTo", dueTo),
                Boolean.TRUE.equals(dueThisWeek));
        return board.list(f, PageQuery.of(page, size));
    }

    /** The businesses that have deadlines on the caller's board, with their names. */
    @GetMapping("/modules")
    List<DeadlineBoard.Module> modules() {
        return board.modules();
    }

    @GetMapping("/{id}")
    DeadlineBoard.Detail get(@PathVariable long id) {
        return board.detail(id);
    }

    /** 催办 of one deadline: {@code recipients} how many, {@code urged} their names. */
    @PostMapping("/{id}/urge")
    Map<String, Object> urge(@PathVariable long id) {
        DeadlineBoard.Urged u = board.urge(id);
        return Map.of("id", id, "recipients", u.recipients().size(), "urged", u.recipients());
    }

    /** What bulk 催办 takes: the deadline ids (1 to 200). */
    record UrgeRequest(@jakarta.validation.constraints.NotEmpty @jakarta.validation.constraints.Size(max = 200)
            List<Long> ids) {
    }

    /** 催办 of several deadlines: who was reminded for each, and which could not be urged and why. */
    @PostMapping("/urge")
    DeadlineBoard.UrgedAll urgeAll(@jakarta.validation.Valid @org.springframework.web.bind.annotation.RequestBody
            UrgeRequest request) {
        return board.urgeAll(request.ids());
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
