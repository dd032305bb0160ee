package org.fazhi.rules.internal;

import java.math.BigDecimal;
import org.fazhi.rules.Rule;
import org.fazhi.rules.RuleUnit;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes a rule's numbers as a reader expects them: "7 个工作日", "5–15 个工作日", "20 个工作日，可延长
 * 20 个工作日", "每年 1月31日前", with the second value for its cases ("行政许可、行政处罚决定：7 个工作日").
 */
@Component
class RuleFormat {

    private final MessageSource messages;

    RuleFormat(MessageSource messages) {
        this.messages = messages;
    }

    /** The value in force. */
    String value(Rule r) {
        return withAlternate(r, format(r.unit(), r.fixedDate(), r.amount(), r.maxAmount(), r.extension()),
                r.alternateAmount());
    }

    /** The national (shipped) value. */
    String national(Rule r) {
        return withAlternate(r, format(r.unit(), r.fixedDate(), r.nationalAmount(), r.nationalMaxAmount(),
                r.nationalExtension()), r.nationalAlternateAmount());
    }

    /** Local values as set (amount, max, extension, alternate) in the rule's unit. */
    String local(Rule r, BigDecimal amount, BigDecimal max, BigDecimal extension, BigDecimal alternate) {
        return withAlternate(r, format(r.unit(), r.fixedDate(), amount, max, extension), alternate);
    }

    String format(RuleUnit unit, String fixedDate, BigDecimal amount, BigDecimal max, BigDecimal extension) {
        if (unit == RuleUnit.NONE) {
            return text("rules.value.NONE");
        }
        if (unit == RuleUnit.FIXED_DATE) {
            return fixedDate == null ? text("rules.value.NONE") : date(fixedDate);
        }
        if (amount == null) {
            return text("rules.value.NONE");
        }
        String number = max == null ? amount.toPlainString() : text("rules.value.range", amount.toPlainString(),
                max.toPlainString());
        String value = text("rules.value." + unit.name(), number);
        if (extension != null) {
            value = text("rules.value.extension", value, number(unit, extension));
        }
        return value;
    }

    /** One number with its unit: "15 日", "20 个工作日". */
    String number(RuleUnit unit, BigDecimal value) {
        return value == null ? "" : text("rules.value." + unit.name(), value.toPlainString());
    }

    String unit(RuleUnit unit) {
        return text("rules.unit." + unit.name());
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private String withAlternate(Rule r, String value, BigDecimal alternateAmount) {
        if (r.alternateScope() == null) {
            return value;
        }
        String alternate = r.unit() == RuleUnit.FIXED_DATE ? (r.alternateDate() == null ? null : date(r.alternateDate()))
                : number(r.unit(), alternateAmount);
        return alternate == null || alternate.isEmpty() ? value
                : text("rules.value.alternate", value, r.alternateScope(), alternate);
    }

    private String date(String monthDay) {
        String[] md = monthDay.split("-");
        return text("rules.value.FIXED_DATE", String.valueOf(Integer.parseInt(md[0])),
                String.valueOf(Integer.parseInt(md[1])));
    }
}
