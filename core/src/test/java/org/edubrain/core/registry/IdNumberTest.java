package org.edubrain.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * GB 11643-1999 citizen ID numbers. Check characters are computed by hand below with the
 * ISO 7064 MOD 11-2 weights of GB 11643-1999 §8.2
 * <pre>
 *   position  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17
 *   weight    7  9 10  5  8  4  2  1  6  3  7  9 10  5  8  4  2
 * </pre>
 * and the table sum mod 11 = 0 1 2 3 4 5 6 7 8 9 10 → check 1 0 X 9 8 7 6 5 4 3 2.
 */
class IdNumberTest {

    /*
     * Published example of GB 11643-1999 (北京市朝阳区, born 1949-12-31, sequence 002, a woman):
     * digits  1 1 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2
     * products 7 9 0 5 0 20 2 9 24 27 7 18 30 5 0 0 4 → sum 167; 167 = 15·11 + 2 → 2 → 'X'
     */
    private static final String PUBLISHED_X = "11010519491231002X";

    /*
     * Second published example of the standard (广东省汕头市潮阳县, born 1880-01-01, sequence 001):
     * digits  4 4 0 5 2 4 1 8 8 0 0 1 0 1 0 0 1
     * products 28 36 0 25 16 16 2 8 48 0 0 9 0 5 0 0 2 → sum 195; 195 = 17·11 + 8 → 8 → '4'
     */
    private static final String PUBLISHED_4 = "440524188001010014";

    /*
     * Hand-computed (大连中山区 210202, born 2014-09-01, sequence 001):
     * digits  2 1 0 2 0 2 2 0 1 4 0 9 0 1 0 0 1
     * products 14 9 0 10 0 8 4 0 6 12 0 81 0 5 0 0 2 → sum 151; 151 = 13·11 + 8 → 8 → '4'
     */
    private static final String DALIAN_2014 = "210202201409010014";

    /*
     * Hand-computed (210203, born 2012-02-29, sequence 002):
     * digits  2 1 0 2 0 3 2 0 1 2 0 2 2 9 0 0 2
     * products 14 9 0 10 0 12 4 0 6 6 0 18 20 45 0 0 4 → sum 148; 148 = 13·11 + 5 → 5 → '7'
     */
    private static final String LEAP_DAY = "210203201202290027";

    /*
     * Hand-computed family (110105, born 2005-03-07, sequence 00s):
     * digits  1 1 0 1 0 5 2 0 0 5 0 3 0 7 0 0 s
     * products 7 9 0 5 0 20 4 0 0 15 0 27 0 35 0 0 2s → sum 122 + 2s, and 122 = 11·11 + 1
     *   s = 0: sum 122, mod 1 → '0'      s = 5: sum 132, mod 0 → '1'
     *   s = 6: sum 134, mod 2 → 'X'      s = 7: sum 136, mod 4 → '8'
     */
    private static final String SEQ_000 = "110105200503070000";
    private static final String SEQ_005 = "110105200503070051";
    private static final String SEQ_006 = "11010520050307006X";
    private static final String SEQ_007 = "110105200503070078";

    @Test
    void checkCharacterOfThePublishedExamples() {
        assertThat(IdNumber.checkCharacter(PUBLISHED_X.substring(0, 17))).isEqualTo('X');
        assertThat(IdNumber.checkCharacter(PUBLISHED_4.substring(0, 17))).isEqualTo('4');
    }

    @Test
    void checkCharacterOfHandComputedNumbers() {
        assertThat(IdNumber.checkCharacter("21020220140901001")).isEqualTo('4');
        assertThat(IdNumber.checkCharacter("21020320120229002")).isEqualTo('7');
        assertThat(IdNumber.checkCharacter("11010520050307000")).isEqualTo('0');
        assertThat(IdNumber.checkCharacter("11010520050307005")).isEqualTo('1');
        assertThat(IdNumber.checkCharacter("11010520050307006")).isEqualTo('X');
        assertThat(IdNumber.checkCharacter("11010520050307007")).isEqualTo('8');
    }

    @Test
    void checkCharacterUsesOnlyTheFirst17Characters() {
        assertThat(IdNumber.checkCharacter(PUBLISHED_X)).isEqualTo('X');
    }

    @Test
    void checkCharacterRejectsShortOrNonDigitInput() {
        assertThatThrownBy(() -> IdNumber.checkCharacter("1101051949123100"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdNumber.checkCharacter("1101051949123100A"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdNumber.checkCharacter("11010519491231 02"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void composeJoinsAddressDateAndSequenceWithCheckCharacter() {
        assertThat(IdNumber.compose("110105", LocalDate.of(1949, 12, 31), 2)).isEqualTo(PUBLISHED_X);
        assertThat(IdNumber.compose("440524", LocalDate.of(1880, 1, 1), 1)).isEqualTo(PUBLISHED_4);
        assertThat(IdNumber.compose("210202", LocalDate.of(2014, 9, 1), 1)).isEqualTo(DALIAN_2014);
        assertThat(IdNumber.compose("210203", LocalDate.of(2012, 2, 29), 2)).isEqualTo(LEAP_DAY);
    }

    @Test
    void composePadsMonthDayAndSequenceWithZeros() {
        // month 3 → "03", day 7 → "07", sequences 0, 5, 6, 7 → "000", "005", "006", "007"
        assertThat(IdNumber.compose("110105", LocalDate.of(2005, 3, 7), 0)).isEqualTo(SEQ_000);
        assertThat(IdNumber.compose("110105", LocalDate.of(2005, 3, 7), 5)).isEqualTo(SEQ_005);
        assertThat(IdNumber.compose("110105", LocalDate.of(2005, 3, 7), 6)).isEqualTo(SEQ_006);
        assertThat(IdNumber.compose("110105", LocalDate.of(2005, 3, 7), 7)).isEqualTo(SEQ_007);
        // two-digit sequence: "045"; and a three-digit one stays as it is
        assertThat(IdNumber.compose("110105", LocalDate.of(2005, 3, 7), 45)).startsWith("11010520050307045").hasSize(18);
        assertThat(IdNumber.compose("110105", LocalDate.of(2005, 11, 17), 999)).startsWith("11010520051117999").hasSize(18);
    }

    @Test
    void composeRejectsBadParts() {
        LocalDate d = LocalDate.of(2005, 3, 7);
        assertThatThrownBy(() -> IdNumber.compose("11010", d, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdNumber.compose("1101050", d, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdNumber.compose("110105", d, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdNumber.compose("110105", d, 1000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void validNumbers() {
        assertThat(IdNumber.isValid(PUBLISHED_X)).isTrue();
        assertThat(IdNumber.isValid(PUBLISHED_4)).isTrue();
        assertThat(IdNumber.isValid(DALIAN_2014)).isTrue();
        assertThat(IdNumber.isValid(LEAP_DAY)).isTrue();
        assertThat(IdNumber.isValid(SEQ_000)).isTrue();
        assertThat(IdNumber.isValid(SEQ_005)).isTrue();
        assertThat(IdNumber.isValid(SEQ_006)).isTrue();
        assertThat(IdNumber.isValid(SEQ_007)).isTrue();
    }

    @Test
    void lowercaseXIsAccepted() {
        assertThat(IdNumber.isValid("11010519491231002x")).isTrue();
        assertThat(IdNumber.isValid("11010520050307006x")).isTrue();
    }

    @Test
    void wrongCheckCharacterIsRejected() {
        assertThat(IdNumber.isValid("110105194912310021")).isFalse();
        assertThat(IdNumber.isValid("110105194912310020")).isFalse();
        assertThat(IdNumber.isValid("210202201409010013")).isFalse();
        // X where a digit belongs
        assertThat(IdNumber.isValid("21020220140901001X")).isFalse();
        // sequence 001 → 010 (positions 16, 17 swapped): 151 + 1·4 − 1·2 = 153 = 13·11 + 10 → '2', not '4'
        assertThat(IdNumber.isValid("210202201409010104")).isFalse();
    }

    @Test
    void impossibleBirthDateIsRejectedEvenWithACorrectCheckCharacter() {
        // 1949-02-31 does not exist. The body differs from the published example only at position 11
        // ('1' → '0', weight 7): sum 167 − 7 = 160 = 14·11 + 6 → 6 → '6', so the check character is right.
        assertThat(IdNumber.checkCharacter("11010519490231002")).isEqualTo('6');
        assertThat(IdNumber.isValid("110105194902310026")).isFalse();
        // month 13: position 11 '1', position 12 '2' → '3' (weight 9): 167 + 9 = 176 = 16·11 + 0 → '1'
        assertThat(IdNumber.checkCharacter("11010519491331002")).isEqualTo('1');
        assertThat(IdNumber.isValid("110105194913310021")).isFalse();
        // 2013 is no leap year: 210203 2013 02 29 002 differs from LEAP_DAY at position 10 ('2' → '3', weight 3):
        // 148 + 3 = 151 = 13·11 + 8 → '4'
        assertThat(IdNumber.checkCharacter("21020320130229002")).isEqualTo('4');
        assertThat(IdNumber.isValid("210203201302290024")).isFalse();
    }

    @Test
    void wrongLengthOrCharactersAreRejected() {
        assertThat(IdNumber.isValid(null)).isFalse();
        assertThat(IdNumber.isValid("")).isFalse();
        assertThat(IdNumber.isValid(PUBLISHED_X.substring(0, 17))).isFalse();
        assertThat(IdNumber.isValid(PUBLISHED_X + "0")).isFalse();
        assertThat(IdNumber.isValid("0" + PUBLISHED_X)).isFalse();
        // the 15-digit first-generation form is not an 18-character number
        assertThat(IdNumber.isValid("110105491231002")).isFalse();
        // letters or full-width / Arabic-Indic digits in the body
        assertThat(IdNumber.isValid("1101051949123100XX")).isFalse();
        assertThat(IdNumber.isValid("１10105194912310021")).isFalse();
        assertThat(IdNumber.isValid("\u066110105194912310021")).isFalse();
        assertThat(IdNumber.isValid("11010519491231002Y")).isFalse();
    }

    @Test
    void maskKeepsTheFirstAndLastFourCharacters() {
        assertThat(IdNumber.mask(PUBLISHED_X)).isEqualTo("1101" + "**********" + "002X");
        assertThat(IdNumber.mask(DALIAN_2014)).isEqualTo("2102**********0014");
        assertThat(IdNumber.mask(DALIAN_2014)).hasSize(18).doesNotContain("20140901");
        assertThat(IdNumber.mask("12345678")).isEqualTo("12345678");
        assertThat(IdNumber.mask("123456789")).isEqualTo("1234*6789");
    }

    @Test
    void maskHidesShortValuesCompletely() {
        assertThat(IdNumber.mask(null)).isNull();
        assertThat(IdNumber.mask("")).isEmpty();
        assertThat(IdNumber.mask("1234567")).isEqualTo("*******");
    }
}
