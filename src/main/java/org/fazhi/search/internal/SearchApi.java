package org.fazhi.search.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff API of the search index: rebuild one record type from the database. */
@RestController
class SearchApi {

    /** The outcome of a rebuild. */
    record Rebuilt(String type, int records) {
    }

    private final IndexMaintenance maintenance;

    SearchApi(IndexMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @PostMapping(path = "/api/v1/search/rebuild", produces = MediaType.APPLICATION_JSON_VALUE)
    Rebuilt rebuild(@RequestParam @NotBlank @Size(max = 60) String type) {
        return new Rebuilt(type, maintenance.rebuild(type));
    }
}
