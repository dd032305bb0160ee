package org.fazhi.disclosure.internal.portal;

import java.time.LocalDate;
import org.fazhi.disclosure.ProactiveCategory;
import org.fazhi.disclosure.ProactiveItem;
import org.fazhi.shared.privacy.PersonalData;

/** A published proactive item as the public reads it: title (natural persons' identifiers redacted), unit, link, date. */
record PublicProactiveItem(String title, String unitName, ProactiveCategory category, LocalDate publishedOn,
        String link) {

    static PublicProactiveItem of(ProactiveItem i, String unitName) {
        return new PublicProactiveItem(PersonalData.redact(i.title()), unitName, i.category(), i.publishedOn(),
                i.link());
    }
}
