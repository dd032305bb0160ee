package org.fazhi.shared;

/** Paging parameters ({@code page} from 0, {@code size} 1..200) with safe defaults. */
public record PageQuery(int page, int size) {

    public static final int MAX_SIZE = 200;

    public PageQuery {
        if (page < 0 || page > 100_000) {
            throw InvalidInputException.field("page", "problem.page.range");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidInputException.field("size", "problem.size.range", MAX_SIZE);
        }
    }

    public static PageQuery of(Integer page, Integer size) {
        return new PageQuery(page == null ? 0 : page, size == null ? 20 : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
