package org.fazhi.lists.internal.portal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.fazhi.lists.ListEntry;
import org.fazhi.lists.ListKind;
import org.fazhi.lists.PublicLists;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public lists as JSON, without sign-in: published versions only, their items and comparison. */
@RestController
@RequestMapping("/api/v1/public/lists")
@Validated
@Tag(name = "public lists", description = "公开的清单 (published lists)")
class PublicListsApi {

    private final PublicLists lists;

    PublicListsApi(PublicLists lists) {
        this.lists = lists;
    }

    @GetMapping
    @Operation(summary = "Every published list (of one kind), with the version in force and its history")
    List<PublicLists.PublicList> lists(@RequestParam(required = false) ListKind kind) {
        return lists.lists(kind);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One published list with its history")
    PublicLists.PublicList list(@PathVariable @Positive long id) {
        return lists.list(id);
    }

    @GetMapping("/{id}/compare")
    @Operation(summary = "Two published versions compared item by item")
    PublicLists.PublicDiff compare(@PathVariable @Positive long id, @RequestParam(required = false) @Positive Long from,
            @RequestParam(required = false) @Positive Long to) {
        return lists.compare(id, from, to);
    }

    @GetMapping("/versions/{versionId}/entries")
    @Operation(summary = "The items of a published version whose code or name contains q")
    PageResult<ListEntry> entries(@PathVariable @Positive long versionId,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) @Min(0) @Max(100_000) Integer page,
            @RequestParam(required = false) @Min(1) @Max(200) Integer size) {
        return lists.entries(versionId, q, PageQuery.of(page, size));
    }
}
