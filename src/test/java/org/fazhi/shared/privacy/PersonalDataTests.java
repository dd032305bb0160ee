package org.fazhi.shared.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.fazhi.shared.privacy.PersonalData.Kind;
import org.junit.jupiter.api.Test;

/**
 * Identifiers of natural persons are found in free text and removed from public copies (PI-03),
 * partly masked on staff screens (PI-02); numbers that only look alike (文号, registration numbers,
 * dates, amounts) are left alone.
 */
class PersonalDataTests {

    /** A valid 18-character 身份证号 for the given first 17 digits (GB 11643 check digit). */
    static String id(String first17) {
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    @Test
    void idNumbersWithAValidCheckDigitAndMobilesAreFoundAndRemoved() {
        String id = id("11010519491231002");
        String text = "当事人张三，身份证号" + id + "，联系电话13812345678，住所地示范县东湖镇。";
        assertThat(PersonalData.find(text)).extracting(PersonalData.Finding::kind)
                .containsExactly(Kind.ID_NUMBER, Kind.PHONE);
        assertThat(PersonalData.redact(text)).isEqualTo("当事人张三，身份证号[已隐去]，联系电话[已隐去]，住所地示范县东湖镇。");
    }

    @Test
    void numbersThatOnlyLookAlikeAreLeftAlone() {
        String text = "示政发〔2026〕3号，登记号SFDR202600001，自2026年3月2日起施行，罚款20000元，"
                + "统一社会信用代码91330100MA2XXXXX1X，案号202600000000000017，编号1381234567890。";
        assertThat(PersonalData.find(text)).isEmpty();
        assertThat(PersonalData.redact(text)).isEqualTo(text);
    }

    @Test
    void aMistypedIdNumberStillIdentifiesAPersonAndIsRemoved() {
        String id = id("11010519491231002");
        String wrongCheck = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        assertThat(PersonalData.checkDigitValid(id)).isTrue();
        assertThat(PersonalData.checkDigitValid(wrongCheck)).isFalse();
        assertThat(PersonalData.redact("身份证号" + wrongCheck + "。")).isEqualTo("身份证号[已隐去]。");
    }

    @Test
    void landlinesAndBankCardsPassingTheLuhnCheckAreFound() {
        String text = "办公电话0571-87654321，收款账号6222 0202 0000 1234 562。";
        assertThat(PersonalData.find(text)).extracting(PersonalData.Finding::kind)
                .containsExactly(Kind.PHONE, Kind.BANK_ACCOUNT);
        assertThat(PersonalData.luhn("6222020200001234562")).isTrue();
        assertThat(PersonalData.luhn("6222020200001234568")).isFalse();
    }

    @Test
    void staffScreensShowPartialMasks() {
        String id = id("33010219900101123");
        assertThat(PersonalData.mask(PersonalData.find(id).get(0))).isEqualTo(id.substring(0, 3) + "*".repeat(11)
                + id.substring(14));
        assertThat(PersonalData.mask(PersonalData.find("13812345678").get(0))).isEqualTo("138****5678");
    }

    @Test
    void anyValidIdNumberIsFoundAndItsMaskHidesTheBirthDate() {
        Random random = new Random(20261204L);
        for (int i = 0; i < 500; i++) {
            String first17 = String.format("%06d%04d%02d%02d%03d", 110000 + random.nextInt(540000),
                    1930 + random.nextInt(90), 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
            String id = id(first17);
            var found = PersonalData.find("编号：" + id + "。");
            assertThat(found).as(id).singleElement().satisfies(f -> {
                assertThat(f.kind()).isEqualTo(Kind.ID_NUMBER);
                assertThat(PersonalData.mask(f)).matches("^\\d{3}\\*{11}[\\dXx]{4}$");
            });
            assertThat(PersonalData.redact("编号：" + id + "。")).isEqualTo("编号：[已隐去]。");
        }
    }
}
