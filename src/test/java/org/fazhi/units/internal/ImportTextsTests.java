package org.fazhi.units.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fazhi.units.Role;
import org.fazhi.units.UnitKind;
import org.fazhi.units.UnitLevel;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class ImportTextsTests {

    final ImportTexts texts = new ImportTexts(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/units");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        return source;
    }

    @Test
    void kindsAndLevelsAreReadFromTheChineseLabelTheEnglishLabelOrTheCode() {
        assertThat(texts.kind("乡镇（街道）")).contains(UnitKind.TOWNSHIP);
        assertThat(texts.kind(" township ")).contains(UnitKind.TOWNSHIP);
        assertThat(texts.kind("法院大楼")).isEmpty();
        assertThat(texts.kind("人民法院")).contains(UnitKind.COURT);
        assertThat(texts.level("村级")).contains(UnitLevel.VILLAGE);
        assertThat(texts.level("COUNTY")).contains(UnitLevel.COUNTY);
        assertThat(texts.level("")).isEmpty();
    }

    @Test
    void rolesAreSplitOnChineseAndLatinSeparators() {
        List<String> unknown = new ArrayList<>();
        assertThat(texts.roles("法制审核员、DRAFTER，领导; leader", unknown))
                .containsExactlyInAnyOrder(Role.LEGAL_REVIEWER, Role.DRAFTER, Role.LEADER);
        assertThat(unknown).isEmpty();
        texts.roles("法制审核员 国王", unknown);
        assertThat(unknown).containsExactly("国王");
    }

    @Test
    void headersAreAlwaysTheChineseOnes() {
        assertThat(texts.header("import.unit.parent")).isEqualTo("上级单位代码");
        assertThat(texts.header("import.user.phone")).isEqualTo("手机号码");
    }
}
