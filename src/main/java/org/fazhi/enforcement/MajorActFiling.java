package org.fazhi.enforcement;

import java.time.LocalDate;

/** The filing of a major specific administrative act (重大具体行政行为备案) with the body it is filed with. */
public record MajorActFiling(Long id, Long caseId, LocalDate filedOn, String filedWith, String filingNo, String note) {
}
