package org.fazhi.reconsideration.internal;

import java.math.BigDecimal;
import org.fazhi.reconsideration.ActType;
import org.fazhi.reconsideration.ApplicantType;
import org.fazhi.reconsideration.ApplicationRequest;
import org.fazhi.reconsideration.Channel;
import org.fazhi.reconsideration.IdType;
import org.fazhi.reconsideration.PublicApplicationRequest;
import org.fazhi.shared.web.FormInput;

/**
 * An application form as typed on the console (staff entry) or the portal, turned into its request;
 * values that do not parse are marked beside their fields. The two forms have the same fields, the
 * staff's adding the channel and the days of receipt.
 */
public final class ApplicationForm {

    private ApplicationForm() {
    }

    public static ApplicationRequest staff(FormInput f, String invalidNumber) {
        return new ApplicationRequest(f.id("bodyId"), f.choice("channel", Channel.class), f.date("receivedOn"),
                f.date("agencyReceivedOn"), f.choice("applicantType", ApplicantType.class), f.text("applicantName"),
                f.choice("idType", IdType.class), f.text("idNo"), f.text("phone"), f.text("address"),
                f.text("agentName"), f.id("respondentUnitId"), f.choice("actType", ActType.class),
                f.text("actDescription"), f.date("actDate"), f.date("knowledgeDate"), checked(f, "onTheSpot"),
                checked(f, "warningOrCriticism"), amount(f, invalidNumber), checked(f, "realProperty"),
                !"false".equals(f.raw("informedOfRight")), f.date("rightKnownDate"), f.integer("specialPeriodDays"),
                f.text("specialPeriodLaw"), f.date("obstacleFrom"), f.date("obstacleTo"), f.text("requests"),
                f.text("factsAndReasons"), f.text("normdocTitle"), f.text("preconditionByOtherLaw"));
    }

    public static PublicApplicationRequest citizen(FormInput f, String invalidNumber) {
        return new PublicApplicationRequest(f.id("bodyId"), f.choice("applicantType", ApplicantType.class),
                f.text("applicantName"), f.choice("idType", IdType.class), f.text("idNo"), f.text("phone"),
                f.text("address"), f.text("agentName"), f.id("respondentUnitId"), f.choice("actType", ActType.class),
                f.text("actDescription"), f.date("actDate"), f.date("knowledgeDate"), checked(f, "onTheSpot"),
                checked(f, "warningOrCriticism"), amount(f, invalidNumber), checked(f, "realProperty"),
                !"false".equals(f.raw("informedOfRight")), f.date("rightKnownDate"), f.integer("specialPeriodDays"),
                f.text("specialPeriodLaw"), f.date("obstacleFrom"), f.date("obstacleTo"), f.text("requests"),
                f.text("factsAndReasons"), f.text("normdocTitle"));
    }

    public static boolean checked(FormInput f, String field) {
        return "true".equals(f.raw(field)) || "on".equals(f.raw(field));
    }

    private static BigDecimal amount(FormInput f, String invalidNumber) {
        String v = f.raw("amount");
        if (v.isEmpty()) {
            return null;
        }
        if (!v.matches("\\d{1,12}(\\.\\d{1,2})?")) {
            f.field("amount", invalidNumber);
            return null;
        }
        return new BigDecimal(v);
    }
}
