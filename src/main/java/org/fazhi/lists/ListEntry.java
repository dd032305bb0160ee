package org.fazhi.lists;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One item as a version of the list states it. {@code itemId} is the item's identity across versions
 * ({@link PowerItem#id()}); the fields a kind does not use are null or false: power items have a type,
 * legal basis, implementing unit, responsibilities and accountability; licensing items a basis and
 * implementing unit; certification items a basis, the issuing body, kept or cancelled, 告知承诺 and
 * what replaces a cancelled one; service items the implementing unit, handling modes and promised time
 * in working days.
 */
public record ListEntry(long itemId, String code, int sortNo, String name, PowerType powerType, String basisLaw,
        String basisArticle, Long implementingUnitId, String responsibilities, String accountability,
        CertificationStatus certStatus, String certIssuer, boolean notificationCommitment, String replacement,
        boolean windowAcceptance, boolean fullyOnline, boolean oneTrip, boolean highFrequency, Integer timeLimitDays,
        boolean companyStartup) {

    /** The fields an item is compared on, in the order a comparison lists them. */
    public static final java.util.List<String> FIELDS = java.util.List.of("name", "powerType", "basisLaw",
            "basisArticle", "implementingUnitId", "responsibilities", "accountability", "certStatus", "certIssuer",
            "notificationCommitment", "replacement", "windowAcceptance", "fullyOnline", "oneTrip", "highFrequency",
            "timeLimitDays", "companyStartup");

    /** The comparable fields with their values (enums by name, booleans, numbers). */
    public Map<String, Object> values() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("powerType", powerType == null ? null : powerType.name());
        m.put("basisLaw", basisLaw);
        m.put("basisArticle", basisArticle);
        m.put("implementingUnitId", implementingUnitId);
        m.put("responsibilities", responsibilities);
        m.put("accountability", accountability);
        m.put("certStatus", certStatus == null ? null : certStatus.name());
        m.put("certIssuer", certIssuer);
        m.put("notificationCommitment", notificationCommitment);
        m.put("replacement", replacement);
        m.put("windowAcceptance", windowAcceptance);
        m.put("fullyOnline", fullyOnline);
        m.put("oneTrip", oneTrip);
        m.put("highFrequency", highFrequency);
        m.put("timeLimitDays", timeLimitDays);
        m.put("companyStartup", companyStartup);
        return m;
    }

    /** Whether every compared field is the same as in {@code other} (the code and order aside). */
    public boolean sameAs(ListEntry other) {
        return Objects.equals(values(), other.values());
    }
}
