package org.fazhi.enforcement.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.fazhi.shared.privacy.PersonalData;
import org.fazhi.enforcement.EnforcementCase;
import org.fazhi.enforcement.PartyKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the public may read of a decision (SECURITY.md: public disclosure removes identifiers, it does
 * not partly mask them). A natural person appears only as such: the name, identity number, contacts
 * and address are deleted wherever they occur in the text, and so is any identity, phone or bank
 * number {@link PersonalData} finds (PI-03), and any e-mail address. An organisation
 * keeps its name, credit code and address (not personal data); its contacts go.
 */
@Component
public class PublicText {

    /** E-mail addresses; identity, phone and bank numbers are found by {@link PersonalData}. */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    private final MessageSource messages;

    PublicText(MessageSource messages) {
        this.messages = messages;
    }

    /** How the party is named in public. */
    public String partyLabel(EnforcementCase c) {
        return c.partyKind() == PartyKind.NATURAL_PERSON ? t("enforcement.public.natural-person") : c.partyName();
    }

    /** {@code text} with the party's identifiers and anything identifying removed. */
    public String scrub(EnforcementCase c, String text) {
        if (text == null) {
            return "";
        }
        String removed = t("enforcement.public.removed");
        String s = text;
        List<String> known = new ArrayList<>();
        boolean person = c.partyKind() == PartyKind.NATURAL_PERSON;
        String[] identifiers = person ? new String[] {c.partyName(), c.partyIdNo(), c.partyContact(), c.partyAddress()}
                : new String[] {c.partyContact()};
        for (String v : identifiers) {
            if (v != null && !v.isBlank()) {
                known.add(v.strip());
            }
        }
        known.sort(Comparator.comparingInt(String::length).reversed());
        for (String v : known) {
            s = s.replace(v, person && v.equals(c.partyName().strip()) ? t("enforcement.public.party") : removed);
        }
        s = PersonalData.redact(s);
        return EMAIL.matcher(s).replaceAll(removed);
    }

    /** The decision as published: number, party, cause, outcome and the decision text, scrubbed. */
    public String decision(EnforcementCase c, String agency, String outcome) {
        return t("enforcement.public.text", c.decisionNo(), agency, partyLabel(c), scrub(c, c.cause()), outcome,
                scrub(c, c.decisionText()));
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
