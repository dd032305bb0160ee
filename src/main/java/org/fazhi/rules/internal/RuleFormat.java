package org.fazhi.rules.internal;

import java.math.BigDecimal;
import org.fazhi.rules.Rule;
import org.fazhi.rules.RuleUnit;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Writes a rule's numbers as a reader expects them: "7 个工作日", "5–15 个工作日（可延长 20 个工作日）", "每年 1月31日前". */
@Component
class RuleFormat {

    private final MessageSource messages;

    RuleFormat(MessageSource messages) {
        this.messages = messages;
    }

    /** The value in force. */
    String value(Rule r) {
        return format(r.unit(), r.fixedDate(), r.amount(), r.maxAmount(), r.extension());
    }

    /** The national (shipped) value. */
    String national(Rule r) {
        return format(r.unit(), r.fixedDate(), r.nationalAmount(), r.nationalMaxAmount(), r.nationalExtension());
    }

    String format(RuleUnit unit, String fixedDate, BigDecimal amount, BigDecimal max, BigDecimal extension) {
        if (unit == RuleUnit.NONE) {
            return text("rules.value.NONE");
        }
        if (unit == RuleUnit.FIXED_DATE) {
            if (fixedDate == null) {
                return text("rules.value.NONE");
            }
            String[] md = fixedDate.split("-");
            return text("rules.value.FIXED_DATE", String.valueOf(Integer.parseInt(md[0])),
                    String.valueOf(Integer.parseInt(md[1])));
        }
        if (amount == null) {
            return text("rules.value.NONE");
        }
        String number = max == null ? amount.toPlainString() : text("rules.value.range", amount.toPlainString(),
                max.toPlainString());
        String value = text("rules.value." + unit.name(), number);
        if (extension != null) {
            value = text("rules.value.extension", value, text("rules.value." + unit.name(), extension.toPlainString()));
        }
        return value;
    }

    String unit(RuleUnit unit) {
        return text("rules.unit." + unit.name());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
