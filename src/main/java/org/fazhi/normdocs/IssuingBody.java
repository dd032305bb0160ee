package org.fazhi.normdocs;

import java.time.LocalDate;

/**
 * A body listed as entitled to issue normative documents (制定主体), with the prefix of its
 * document numbers (e.g. 示政发) and the office that registers its documents (统一登记).
 */
public record IssuingBody(Long id, Long unitId, String name, String docNumberPrefix, Long registeringUnitId,
        boolean active, LocalDate listedOn, LocalDate delistedOn) {
}
