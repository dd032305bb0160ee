package org.fazhi.shared.web;

import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * The labels of a module's form fields, by field name, as its pages show them: each form made through
 * {@link #form} names its fields in the error summary ("案由：必须填写") without each controller listing
 * them again. A form whose field means something else there adds its own with {@link FormInput#labels}.
 */
public record FormLabels(Map<String, String> fieldToLabelKey) {

    public FormLabels {
        fieldToLabelKey = Map.copyOf(fieldToLabelKey);
    }

    /** {@link FormInput#of} with these labels. */
    public FormInput form(String name, Map<String, String> params, MessageSource messages) {
        return FormInput.of(name, params, messages).labels(fieldToLabelKey);
    }
}
