package org.fazhi.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Identity and mobile numbers are found in free text and removed for publication or partly masked for
 * staff screens (SECURITY.md PI-03, §2), as a seeded property check over generated numbers.
 */
class PersonalDataTests {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /** A valid identity number: region, a birth date, a sequence, its check digit. */
    static String idNumber(Random r) {
        String body = String.format("%06d%04d%02d%02d%03d", 110000 + r.nextInt(540000), 1950 + r.nextInt(60),
                1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK[sum % 11];
    }

    static String mobile(Random r) {
        return "1" + (3 + r.nextInt(7)) + String.format("%09d", r.nextInt(1_000_000_000));
    }

    @Test
    void everyGeneratedIdentityAndMobileNumberInATextIsFoundAndRemovedForPublication() {
        Random r = new Random(20261121);
        for (int i = 0; i < 500; i++) {
            String id = idNumber(r);
            String mobile = mobile(r);
            assertThat(PersonalData.validIdNumber(id)).isTrue();
            String text = "当事人张某，身份证号码" + id + "，联系电话：" + mobile + "，住所地示范县东湖镇。";
            assertThat(PersonalData.find(text)).extracting(PersonalData.Finding::kind)
                    .containsExactly(PersonalData.Kind.ID_NUMBER, PersonalData.Kind.MOBILE);
            String published = PersonalData.removed(text, "（身份证号码已删除）", "（电话已删除）");
            assertThat(published).doesNotContainPattern("\\d{17}[\\dXx]").doesNotContainPattern("1[3-9]\\d{9}")
                    .contains("（身份证号码已删除）", "（电话已删除）", "当事人张某");
            assertThat(PersonalData.contains(published)).isFalse();
        }
    }

    @Test
    void aStaffScreenShowsAnIdentityNumberWithoutItsBirthDateAndAMobileNumberPartly() {
        Random r = new Random(42);
        for (int i = 0; i < 500; i++) {
            String id = idNumber(r);
            String masked = PersonalData.maskedIdNumber(id);
            assertThat(masked).matches("^\\d{3}\\*{11}[\\dXx]{4}$").doesNotContain(id.substring(6, 14));
            String mobile = mobile(r);
            assertThat(PersonalData.maskedMobile(mobile)).matches("1[3-9]\\d\\*{4}\\d{4}");
        }
    }

    @Test
    void otherNumbersAreLeftAlone() {
        String text = "示政发〔2026〕3号，登记号SFDR202600001，统一社会信用代码91330100MA2XXXXX0Y，金额12345678元，"
                + "邮编310000，编号1234567890123456789012。";
        assertThat(PersonalData.find(text)).isEmpty();
        assertThat(PersonalData.validIdNumber("110101199003070000")).isFalse();
        // a mistyped identity number is still personal data
        assertThat(PersonalData.find("号码110101199003070000。")).extracting(PersonalData.Finding::kind)
                .containsExactly(PersonalData.Kind.ID_NUMBER);
    }
}
