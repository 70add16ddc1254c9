package org.edubrain.core.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.edubrain.core.collection.Fixtures.cells;
import static org.edubrain.core.collection.Fixtures.parse;
import static org.edubrain.core.collection.Fixtures.with;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.edubrain.core.collection.Fixtures.Parsed;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The seven data sets of {@link DataSets} and their checks across the columns of a row.
 *
 * <p>ID numbers (GB 11643-1999 §8.2, ISO 7064 MOD 11-2) are built by hand:
 * <pre>
 *   position  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17
 *   weight    7  9 10  5  8  4  2  1  6  3  7  9 10  5  8  4  2
 *   sum mod 11 = 0 1 2 3 4 5 6 7 8 9 10  →  check 1 0 X 9 8 7 6 5 4 3 2
 * </pre>
 * 210211 (甘井子区), born 2018-12-31, sequence 00d:
 * <pre>
 *   digits   2  1  0  2  1  1  2  0  1  8  1  2  3  1  0  0  d
 *   products 14 9  0 10  8  4  4  0  6 24  7 18 30  5  0  0  2d   → sum 139 + 2d
 *   d = 1: 141 = 12·11 + 9 → '3'   210211201812310013  (17th digit odd: male)
 *   d = 2: 143 = 13·11 + 0 → '1'   210211201812310021  (17th digit even: female)
 *   d = 3: 145 = 13·11 + 2 → 'X'   21021120181231003X  (male)
 * </pre>
 */
class DataSetRulesTest {

    static final String MALE_ID = "210211201812310013";
    static final String FEMALE_ID = "210211201812310021";
    static final String MALE_ID_X = "21021120181231003X";
    /** MALE_ID with the check character 4 instead of 3. */
    static final String WRONG_CHECK_ID = "210211201812310014";
    /**
     * 210211, "born" 2023-02-29 (no such day), sequence 001, with the check character right for its digits:
     * digits 2 1 0 2 1 1 2 0 2 3 0 2 2 9 0 0 1, products 14 9 0 10 8 4 4 0 12 9 0 18 20 45 0 0 2,
     * sum 155 = 14·11 + 1 → '0'.
     */
    static final String IMPOSSIBLE_DATE_ID = "210211202302290010";

    // ==================================================================== learners

    @Nested
    class Fitness {

        /** The README's worked example of a 三年级 girl (shared/data/fitness/README.md). */
        final Map<String, String> clean = cells(
                "national_student_number", "G" + MALE_ID,
                "school_year", "2025",
                "institution", "2102110001",
                "grade", "三年级",
                "sex", "2 女",
                "height_cm", "135.0",
                "weight_kg", "34.6",
                "vital_capacity_ml", "1500",
                "run_50m_s", "9.6",
                "sit_and_reach_cm", "16.0",
                "rope_skip_1min", "150",
                "sit_up_1min", "30",
                "run_50x8_s", "",
                "standing_long_jump_cm", "",
                "pull_up", "",
                "run_800m_s", "",
                "run_1000m_s", "");

        @Test
        void aCompleteRowHasNoProblems() {
            assertThat(parse(DataSets.FITNESS, clean).problems()).isEmpty();
        }

        @Test
        void everyItemTheGradeTestsIsRequired() {
            Parsed p = parse(DataSets.FITNESS, with(clean, "sit_up_1min", ""));
            assertThat(p.problems()).extracting(Problem::rule).containsExactly("fitness_item_missing");
            assertThat(p.problems().get(0).column()).isEqualTo("一分钟仰卧起坐（次）");
            // 仰卧起坐 is not tested in 一年级: the same row is complete there
            assertThat(parse(DataSets.FITNESS, with(clean, "sit_up_1min", "", "grade", "一年级")).problems()).isEmpty();
        }

        @Test
        void aResultOfAnItemTheGradeDoesNotTestIsFlagged() {
            Parsed p = parse(DataSets.FITNESS, with(clean, "pull_up", "3"));
            assertThat(p.problems()).extracting(Problem::rule).containsExactly("fitness_item_not_tested");
            assertThat(p.problems().get(0).severity()).isEqualTo(Problem.Severity.WARNING);
        }

        @Test
        void kindergartenIsNotTestedAndAnImplausibleBmiIsRefused() {
            assertThat(parse(DataSets.FITNESS, with(clean, "grade", "大班")).problems()).extracting(Problem::rule)
                    .containsExactly("fitness_grade");
            // 250 cm and 8 kg: BMI 1.3
            assertThat(parse(DataSets.FITNESS, with(clean, "height_cm", "250", "weight_kg", "8")).problems())
                    .extracting(Problem::rule).containsExactly("fitness_implausible");
        }
    }

    @Nested
    class Learners {

        /**
         * A boy in primary grade 1 in school year 2025, born 2018-12-31: census age
         * 2025 − year(2018-12-31 + 121 days = 2019-05-01) = 6, the nominal age of P1.
         */
        final Map<String, String> clean = cells(
                "national_student_number", "G" + MALE_ID,
                "id_number", MALE_ID,
                "sex", "1 男",
                "birth_date", "2018-12-31",
                "disability", "",
                "hukou_type", "本市户籍",
                "school_year", "2025",
                "institution", "2102110001",
                "grade", "一年级",
                "class_name", "一年级（1）班",
                "status", "在籍",
                "destination", "",
                "delivery", "");

        /** The same without an ID number and with a student number not beginning with G. */
        final Map<String, String> noId = with(clean, "national_student_number", "L20250001", "id_number", "");

        @Test
        void aCleanRowGivesTypedValuesAndNoProblems() {
            Parsed p = parse(DataSets.LEARNERS, clean);
            assertThat(p.problems()).isEmpty();
            Row r = p.row();
            assertThat(r).isNotNull();
            assertThat(r.failed()).isFalse();
            assertThat(r.number()).isEqualTo(2);
            assertThat(r.text("national_student_number")).isEqualTo("G210211201812310013");
            assertThat(r.text("id_number")).isEqualTo(MALE_ID);
            assertThat(r.get("sex")).isEqualTo("1");
            assertThat(r.get("birth_date")).isEqualTo(LocalDate.of(2018, 12, 31));
            assertThat(r.get("disability")).isNull();
            assertThat(r.get("hukou_type")).isEqualTo("local");
            assertThat(r.get("school_year")).isInstanceOf(Long.class).isEqualTo(2025L);
            assertThat(r.get("institution")).isEqualTo("2102110001");
            assertThat(r.get("grade")).isEqualTo("P1");
            assertThat(r.get("class_name")).isEqualTo("一年级（1）班");
            assertThat(r.get("status")).isEqualTo("enrolled");
            assertThat(r.get("destination")).isNull();
            // 就读方式 defaults to on_site (在校就读)
            assertThat(r.get("delivery")).isEqualTo("on_site");
        }

        @Test
        void femaleIdWithAFemaleLearner() {
            Parsed p = parse(DataSets.LEARNERS, with(clean, "national_student_number", "G" + FEMALE_ID,
                    "id_number", FEMALE_ID, "sex", "女"));
            assertThat(p.problems()).isEmpty();
            assertThat(p.row().text("sex")).isEqualTo("2");
        }

        @Test
        void idWithCheckCharacterX() {
            Parsed p = parse(DataSets.LEARNERS, with(clean, "national_student_number", "G" + MALE_ID_X,
                    "id_number", MALE_ID_X));
            assertThat(p.problems()).isEmpty();
            assertThat(p.row().text("id_number")).isEqualTo(MALE_ID_X);
        }

        @Test
        void idWithAWrongCheckCharacterIsAnError() {
            Parsed p = parse(DataSets.LEARNERS, with(clean, "national_student_number", "L20250001",
                    "id_number", WRONG_CHECK_ID));
            assertThat(p.row()).isNull();
            Problem e = p.only();
            assertThat(e.severity()).isEqualTo(Problem.Severity.ERROR);
            assertThat(e.rule()).isEqualTo("id_check_digit");
            assertThat(e.column()).isEqualTo("身份证件号");
            assertThat(e.value()).isEqualTo(WRONG_CHECK_ID);
            assertThat(e.row()).isEqualTo(2);
        }

        @Test
        void idWithAnImpossibleBirthDateIsRefused() {
            // IdNumber.isValid: "a real birth date"; 2023-02-29 does not exist although the check character fits
            Parsed p = parse(DataSets.LEARNERS, with(clean, "national_student_number", "L20250001",
                    "id_number", IMPOSSIBLE_DATE_ID));
            assertThat(p.row()).isNull();
            assertThat(p.only().column()).isEqualTo("身份证件号");
            assertThat(p.only().error()).isTrue();
            // the check character is right (sum 155 = 14·11 + 1 → '0'): the date is what is wrong
            assertThat(p.only().rule()).isEqualTo("id_birth_date");
        }

        @Test
        void idWithALowerCaseXIsNotInTheColumnsFormat() {
            // the column's pattern [0-9]{17}[0-9X]: GB 11643 writes the check value 10 as upper-case X
            Parsed p = parse(DataSets.LEARNERS, with(clean, "national_student_number", "L20250001",
                    "id_number", "21021120181231003x"));
            assertThat(p.row()).isNull();
            assertThat(p.only().rule()).isEqualTo("format");
        }

        @Test
        void birthDateDifferentFromTheIdsIsAnError() {
            // digits 7–14 of MALE_ID are 20181231
            Parsed p = parse(DataSets.LEARNERS, with(clean, "birth_date", "2018-12-30"));
            assertThat(p.row()).isNull();
            Problem e = p.only();
            assertThat(e.rule()).isEqualTo("id_birth_date");
            assertThat(e.error()).isTrue();
            assertThat(e.column()).isEqualTo("出生日期");
            assertThat(e.value()).isEqualTo("2018-12-30");
        }

        @Test
        void sexDifferentFromTheIdsSeventeenthDigitIsAnError() {
            // 17th digit of MALE_ID is 1 (odd): male, code 1
            Parsed p = parse(DataSets.LEARNERS, with(clean, "sex", "2 女"));
            assertThat(p.row()).isNull();
            Problem e = p.only();
            assertThat(e.rule()).isEqualTo("id_sex");
            assertThat(e.error()).isTrue();
            assertThat(e.column()).isEqualTo("性别");
            assertThat(e.value()).isEqualTo("2");

            // 17th digit of FEMALE_ID is 2 (even): female, so 男 is wrong
            p = parse(DataSets.LEARNERS, with(clean, "national_student_number", "G" + FEMALE_ID, "id_number", FEMALE_ID));
            assertThat(p.rules()).containsExactly("id_sex");
        }

        @Test
        void gStudentNumberOtherThanGPlusTheIdIsAWarning() {
            Parsed p = parse(DataSets.LEARNERS, with(clean, "national_student_number", "G" + WRONG_CHECK_ID));
            assertThat(p.row()).as("a warning keeps the row").isNotNull();
            Problem w = p.only();
            assertThat(w.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(w.rule()).isEqualTo("student_number_id");
            assertThat(w.column()).isEqualTo("全国学籍号");
            assertThat(w.value()).isEqualTo("G" + WRONG_CHECK_ID);
            assertThat(p.sink().warnings()).isEqualTo(1);
            assertThat(p.sink().errors()).isZero();
        }

        @Test
        void studentNumbersThatAreNotGPlusAnIdAreNotCompared() {
            // not beginning with G
            assertThat(parse(DataSets.LEARNERS, with(clean, "national_student_number", "L20250001")).problems()).isEmpty();
            // G, but no ID number to compare with
            assertThat(parse(DataSets.LEARNERS, with(noId, "national_student_number", "G" + WRONG_CHECK_ID)).problems())
                    .isEmpty();
        }

        @Test
        void censusAgeIsTheAgeOnTheFirstOfSeptember() {
            // born 2018-12-31: + 121 days = 2019-05-01 (Jan 31, Feb 28, Mar 31, Apr 30 = 120, +1) → 2025 − 2019 = 6;
            // indeed on 2025-09-01 the child is 6 (turns 7 on 2025-12-31)
            assertThat(DataSets.censusAge(LocalDate.of(2018, 12, 31), 2025)).isEqualTo(6);
            // born 2018-09-01: 7th birthday on the census day itself; + 121 days = 2018-12-31 → 2025 − 2018 = 7
            assertThat(DataSets.censusAge(LocalDate.of(2018, 9, 1), 2025)).isEqualTo(7);
            // born 2018-09-02: still 6 on 2025-09-01; + 121 days = 2019-01-01 → 2025 − 2019 = 6
            assertThat(DataSets.censusAge(LocalDate.of(2018, 9, 2), 2025)).isEqualTo(6);
            // born 2016-02-29 (leap day): on 2025-09-01 aged 9; + 121 days = 2016-06-29 → 2025 − 2016 = 9
            assertThat(DataSets.censusAge(LocalDate.of(2016, 2, 29), 2025)).isEqualTo(9);
        }

        @Test
        void threeYearsOlderThanTheGradesAgeIsAWarning() {
            // P1 nominal age 6; born 2016-09-01 → + 121 days = 2016-12-31 → census age 2025 − 2016 = 9, 3 years over
            Parsed p = parse(DataSets.LEARNERS, with(noId, "birth_date", "2016-09-01"));
            assertThat(p.row()).isNotNull();
            Problem w = p.only();
            assertThat(w.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(w.rule()).isEqualTo("age_for_grade");
            assertThat(w.column()).isEqualTo("出生日期");
            assertThat(w.messageZh()).contains("年龄9岁").contains("相差3岁");
            assertThat(w.messageEn()).contains("aged 9");
        }

        @Test
        void twoYearsOlderIsNoWarning() {
            // born 2016-09-02 → + 121 days = 2017-01-01 → census age 2025 − 2017 = 8, 2 years over P1's 6
            assertThat(parse(DataSets.LEARNERS, with(noId, "birth_date", "2016-09-02")).problems()).isEmpty();
        }

        @Test
        void threeYearsYoungerIsAWarningToo() {
            // born 2021-09-02 → + 121 days = 2022-01-01 → census age 3, 3 years under P1's 6
            assertThat(parse(DataSets.LEARNERS, with(noId, "birth_date", "2021-09-02")).rules())
                    .containsExactly("age_for_grade");
            // born 2021-09-01 → + 121 days = 2021-12-31 → census age 4, 2 years under
            assertThat(parse(DataSets.LEARNERS, with(noId, "birth_date", "2021-09-01")).problems()).isEmpty();
        }

        @Test
        void theGradesOwnNominalAgeIsUsed() {
            // S3 (高三) nominal age 17; born 2005-01-01 → + 121 days = 2005-05-02 → census age 20, 3 over
            assertThat(parse(DataSets.LEARNERS, with(noId, "grade", "高三", "birth_date", "2005-01-01")).rules())
                    .containsExactly("age_for_grade");
            // born 2006-01-01 → census age 19, 2 over: nothing
            assertThat(parse(DataSets.LEARNERS, with(noId, "grade", "高三", "birth_date", "2006-01-01")).problems()).isEmpty();
        }

        @Test
        void vocationalLearnersMayBeAnyAge() {
            // V1 nominal 15; born 1995-01-01 → census age 30, but vocational grades are not checked
            assertThat(parse(DataSets.LEARNERS, with(noId, "grade", "V1", "birth_date", "1995-01-01")).problems()).isEmpty();
            assertThat(parse(DataSets.LEARNERS, with(noId, "grade", "C1", "birth_date", "1985-01-01")).problems()).isEmpty();
        }

        @Test
        void bornInALaterYearThanTheSchoolYearIsAnError() {
            Parsed p = parse(DataSets.LEARNERS, with(noId, "birth_date", "2026-01-01"));
            assertThat(p.row()).isNull();
            assertThat(p.only().rule()).isEqualTo("born_after_year");
            assertThat(p.only().column()).isEqualTo("出生日期");
        }

        @Test
        void bornAfterTheCensusDayOfTheSchoolYearIsAnError() {
            Parsed p = parse(DataSets.LEARNERS, with(noId, "grade", "K1", "birth_date", "2025-10-01"));
            assertThat(p.row()).isNull();
            assertThat(p.rules()).contains("born_after_year");
        }

        @Test
        void onlyAGraduateOrALeaverHasADestination() {
            Parsed p = parse(DataSets.LEARNERS, with(noId, "destination", "升学"));
            assertThat(p.row()).isNull();
            Problem e = p.only();
            assertThat(e.rule()).isEqualTo("destination_status");
            assertThat(e.error()).isTrue();
            assertThat(e.column()).isEqualTo("毕业（离校）去向");
            assertThat(e.value()).isEqualTo("further_study");

            assertThat(parse(DataSets.LEARNERS, with(noId, "status", "转出", "destination", "其他")).rules())
                    .containsExactly("destination_status");
            assertThat(parse(DataSets.LEARNERS, with(noId, "status", "毕业", "destination", "升学")).problems()).isEmpty();
            assertThat(parse(DataSets.LEARNERS, with(noId, "status", "dropped out", "destination", "employment")).problems())
                    .isEmpty();
            // a graduate need not have one
            assertThat(parse(DataSets.LEARNERS, with(noId, "status", "graduated")).problems()).isEmpty();
        }

        @Test
        void taughtAtHomeWithoutADisabilityIsAWarning() {
            Parsed p = parse(DataSets.LEARNERS, with(noId, "delivery", "送教上门"));
            assertThat(p.row()).as("a warning keeps the row").isNotNull();
            assertThat(p.row().text("delivery")).isEqualTo("home");
            Problem w = p.only();
            assertThat(w.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(w.rule()).isEqualTo("home_without_disability");
            assertThat(w.column()).isEqualTo("就读方式");

            // with a disability (GB/T 26341: 5 智力残疾) it is usual
            assertThat(parse(DataSets.LEARNERS, with(noId, "delivery", "送教上门", "disability", "5 智力残疾")).problems())
                    .isEmpty();
        }

        @Test
        void aRowWithAnErrorIsRefusedEvenWithWarnings() {
            // warning: G number other than G + ID; error: 女 against a male ID
            Parsed p = parse(DataSets.LEARNERS, with(clean, "national_student_number", "G" + WRONG_CHECK_ID, "sex", "女"));
            assertThat(p.row()).isNull();
            assertThat(p.rules()).containsExactlyInAnyOrder("id_sex", "student_number_id");
            assertThat(p.sink().errors()).isEqualTo(1);
            assertThat(p.sink().warnings()).isEqualTo(1);
        }

        @Test
        void rowChecksRunOnlyOnRowsWhoseCellsAreAllRead() {
            // an unreadable school year: no row check is run (the age would need it), only the cell's error
            Parsed p = parse(DataSets.LEARNERS, with(noId, "school_year", "二〇二五", "birth_date", "2010-01-01"));
            assertThat(p.row()).isNull();
            assertThat(p.rules()).containsExactly("not_a_number");
        }
    }

    // ==================================================================== classes

    @Nested
    class Classes {

        final Map<String, String> row = cells("institution", "2102110001", "school_year", "2025", "grade", "P1",
                "name_zh", "一年级（1）班", "kind", "", "size", "45");

        private Parsed size(String size) {
            return parse(DataSets.CLASSES, with(row, "size", size));
        }

        @Test
        void cleanRow() {
            Parsed p = size("45");
            assertThat(p.problems()).isEmpty();
            assertThat(p.row().values()).containsExactly("2102110001", 2025L, "P1", "一年级（1）班", "regular", 45L);
        }

        @Test
        void fiftyFiveIsNotALargeClass() {
            assertThat(size("55").problems()).isEmpty();
        }

        @Test
        void fiftySixToSixtyFiveIsALargeClass() {
            // 大班额: 56–65 learners
            for (String n : List.of("56", "60", "65")) {
                Parsed p = size(n);
                assertThat(p.row()).as(n).isNotNull();
                Problem w = p.only();
                assertThat(w.severity()).isEqualTo(Problem.Severity.WARNING);
                assertThat(w.rule()).isEqualTo("large_class");
                assertThat(w.column()).isEqualTo("班额（人）");
                assertThat(w.value()).isEqualTo(n);
            }
        }

        @Test
        void sixtySixOrMoreIsASuperLargeClass() {
            // 超大班额: 66 or more
            for (String n : List.of("66", "200")) {
                Parsed p = size(n);
                assertThat(p.row()).as(n).isNotNull();
                assertThat(p.only().rule()).isEqualTo("super_large_class");
                assertThat(p.only().severity()).isEqualTo(Problem.Severity.WARNING);
            }
        }

        @Test
        void sizeAbove200IsOutOfRange() {
            Parsed p = size("201");
            assertThat(p.row()).isNull();
            assertThat(p.rules()).containsExactly("out_of_range");
        }

        @Test
        void specialEducationClass() {
            Parsed p = parse(DataSets.CLASSES, with(row, "kind", "特教班", "size", "12"));
            assertThat(p.problems()).isEmpty();
            assertThat(p.row().text("kind")).isEqualTo("special");
        }
    }

    // ==================================================================== institutions

    @Nested
    class Institutions {

        /** A private (民办) kindergarten recognised as inclusive (普惠性民办园). */
        final Map<String, String> row = cells("code", "2102110001", "name_zh", "大连市甘井子区阳光幼儿园", "name_en", "",
                "school_type", "111 幼儿园", "ownership", "民办", "inclusive", "是", "urban", "是", "street", "",
                "opened_on", "2001-09-01", "closed_on", "", "district", "210211 甘井子区", "zone", "");

        @Test
        void cleanRow() {
            Parsed p = parse(DataSets.INSTITUTIONS, row);
            assertThat(p.problems()).isEmpty();
            Row r = p.row();
            assertThat(r.text("school_type")).isEqualTo("111");
            assertThat(r.text("ownership")).isEqualTo("PRV");
            assertThat(r.bool("inclusive")).isTrue();
            assertThat(r.bool("urban")).isTrue();
            assertThat(r.date("opened_on")).isEqualTo(LocalDate.of(2001, 9, 1));
            assertThat(r.date("closed_on")).isNull();
            assertThat(r.text("district")).isEqualTo("210211");
            assertThat(r.text("zone")).isNull();
        }

        @Test
        void districtAndZoneFromTheDatabaseLists() {
            Parsed p = parse(DataSets.INSTITUTIONS, with(row, "district", "Ganjingzi", "zone", "FZ01 金普新区"));
            assertThat(p.problems()).isEmpty();
            assertThat(p.row().text("district")).isEqualTo("210211");
            assertThat(p.row().text("zone")).isEqualTo("FZ01");
            assertThat(parse(DataSets.INSTITUTIONS, with(row, "district", "210299")).rules()).containsExactly("unknown_code");
        }

        @Test
        void inclusiveDefaultsToNo() {
            Parsed p = parse(DataSets.INSTITUTIONS, with(row, "inclusive", "", "ownership", "教育部门办"));
            assertThat(p.problems()).isEmpty();
            assertThat(p.row().bool("inclusive")).isFalse();
        }

        @Test
        void onlyAPrivateInstitutionCanBeInclusivePrivate() {
            Parsed p = parse(DataSets.INSTITUTIONS, with(row, "ownership", "EDU"));
            assertThat(p.row()).isNull();
            Problem e = p.only();
            assertThat(e.rule()).isEqualTo("inclusive_private");
            assertThat(e.error()).isTrue();
            assertThat(e.column()).isEqualTo("普惠性民办园");
            assertThat(e.value()).isEqualTo("true");
        }

        @Test
        void onlyAKindergartenCanBeInclusivePrivate() {
            Parsed p = parse(DataSets.INSTITUTIONS, with(row, "school_type", "211 小学", "name_zh", "大连市甘井子区阳光小学"));
            assertThat(p.row()).isNull();
            assertThat(p.rules()).containsExactly("inclusive_private");
        }

        @Test
        void closedOnMustBeAfterOpenedOn() {
            for (String closed : List.of("2001-09-01", "2001-08-31", "1999-01-01")) {
                Parsed p = parse(DataSets.INSTITUTIONS, with(row, "closed_on", closed));
                assertThat(p.row()).as(closed).isNull();
                Problem e = p.only();
                assertThat(e.rule()).isEqualTo("closed_before_opened");
                assertThat(e.column()).isEqualTo("撤销日期");
                assertThat(e.value()).isEqualTo(closed);
            }
            assertThat(parse(DataSets.INSTITUTIONS, with(row, "closed_on", "2001-09-02")).problems()).isEmpty();
            // a closing date without an opening date is not compared
            assertThat(parse(DataSets.INSTITUTIONS, with(row, "opened_on", "", "closed_on", "1999-01-01")).problems()).isEmpty();
        }

        @Test
        void institutionCodeHasTenDigits() {
            assertThat(parse(DataSets.INSTITUTIONS, with(row, "code", "210211000")).rules()).containsExactly("format");
            assertThat(parse(DataSets.INSTITUTIONS, with(row, "code", "21021100011")).rules()).containsExactly("format");
        }
    }

    // ==================================================================== teachers

    @Nested
    class Teachers {

        final Map<String, String> row = cells("key", "T-0001", "sex", "女", "birth_date", "1985-03-15", "school_year", "2025",
                "institution", "2102110001", "post", "专任教师", "stage", "小学", "subject", "数学",
                "professional_course", "", "highest_degree", "本科", "ece_trained", "", "certificate", "小学教师资格",
                "dual_qualified", "", "training_hours", "");

        @Test
        void cleanRowWithDefaults() {
            Parsed p = parse(DataSets.TEACHERS, row);
            assertThat(p.problems()).isEmpty();
            Row r = p.row();
            assertThat(r.text("post")).isEqualTo("teacher");
            assertThat(r.text("stage")).isEqualTo("primary");
            assertThat(r.text("subject")).isEqualTo("mathematics");
            assertThat(r.text("highest_degree")).isEqualTo("bachelor");
            assertThat(r.text("certificate")).isEqualTo("primary");
            // 否 and 0 by default
            assertThat(r.bool("professional_course")).isFalse();
            assertThat(r.bool("ece_trained")).isFalse();
            assertThat(r.bool("dual_qualified")).isFalse();
            assertThat(r.integer("training_hours")).isEqualTo(0L);
        }

        @Test
        void dualQualifiedOutsideVocationalEducationIsAWarning() {
            Parsed p = parse(DataSets.TEACHERS, with(row, "dual_qualified", "是"));
            assertThat(p.row()).isNotNull();
            assertThat(p.only().rule()).isEqualTo("dual_qualified_stage");
            assertThat(p.only().severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(parse(DataSets.TEACHERS, with(row, "dual_qualified", "是", "stage", "中等职业教育")).problems()).isEmpty();
        }

        @Test
        void professionalCourseOutsideVocationalEducationIsAWarning() {
            assertThat(parse(DataSets.TEACHERS, with(row, "professional_course", "Y")).rules())
                    .containsExactly("professional_course_stage");
            assertThat(parse(DataSets.TEACHERS, with(row, "professional_course", "Y", "stage", "higher_vocational")).problems())
                    .isEmpty();
        }

        @Test
        void earlyChildhoodTrainingOutsideKindergartensIsAWarning() {
            assertThat(parse(DataSets.TEACHERS, with(row, "ece_trained", "1")).rules()).containsExactly("ece_trained_stage");
            assertThat(parse(DataSets.TEACHERS, with(row, "ece_trained", "1", "stage", "学前教育")).problems()).isEmpty();
        }

        @Test
        void staffNumberFormat() {
            assertThat(parse(DataSets.TEACHERS, with(row, "key", "T 0001")).rules()).containsExactly("format");
            assertThat(parse(DataSets.TEACHERS, with(row, "training_hours", "2001")).rules()).containsExactly("out_of_range");
        }
    }

    // ==================================================================== facilities, population, aggregates

    @Test
    void facilitiesRow() {
        Parsed p = parse(DataSets.FACILITIES, cells("institution", "2102110001", "school_year", "2025", "building_area_m2",
                "12,345.6", "sports_area_m2", "8000", "equipment_value_yuan", "1,200,000", "multimedia_classrooms", "24",
                "books", "56000.0"));
        assertThat(p.problems()).isEmpty();
        assertThat(p.row().decimal("building_area_m2")).isEqualByComparingTo("12345.6");
        assertThat(p.row().decimal("sports_area_m2")).isEqualByComparingTo("8000");
        assertThat(p.row().integer("equipment_value_yuan")).isEqualTo(1_200_000L);
        assertThat(p.row().integer("books")).isEqualTo(56_000L);
        // an area with two decimals, a negative area
        assertThat(parse(DataSets.FACILITIES, cells("institution", "2102110001", "school_year", "2025", "building_area_m2",
                "12.34")).rules()).containsExactly("too_many_decimals");
        assertThat(parse(DataSets.FACILITIES, cells("institution", "2102110001", "school_year", "2025", "sports_area_m2",
                "-1")).rules()).containsExactly("out_of_range");
    }

    @Test
    void indoorSportsRoomsArePartOfBothAreas() {
        // 室内体育用房 counts in 教学及辅助用房 and in 体育运动场（馆）: it cannot be larger than either
        assertThat(parse(DataSets.FACILITIES, cells("institution", "2102110001", "school_year", "2025", "teaching_aux_area_m2",
                "5000", "indoor_sports_area_m2", "800", "sports_area_m2", "8000")).problems()).isEmpty();
        assertThat(parse(DataSets.FACILITIES, cells("institution", "2102110001", "school_year", "2025", "teaching_aux_area_m2",
                "500", "indoor_sports_area_m2", "800", "sports_area_m2", "8000")).rules()).containsExactly("indoor_sports_exceeds");
        assertThat(parse(DataSets.FACILITIES, cells("institution", "2102110001", "school_year", "2025", "teaching_aux_area_m2",
                "5000", "indoor_sports_area_m2", "800", "sports_area_m2", "700")).rules()).containsExactly("indoor_sports_exceeds");
        // indoor rooms without the teaching rooms they are part of
        assertThat(parse(DataSets.FACILITIES, cells("institution", "2102110001", "school_year", "2025", "indoor_sports_area_m2",
                "800")).rules()).containsExactly("required_with");
        assertThat(parse(DataSets.TEACHERS, cells("key", "T0001", "sex", "1", "birth_date", "1980-01-01", "school_year", "2025",
                "institution", "2102110001", "post", "teacher", "stage", "primary", "highest_degree", "bachelor", "backbone_level",
                "市级骨干教师")).row().text("backbone_level")).isEqualTo("city");
    }

    @Test
    void populationRowUsesTheDistrictList() {
        Parsed p = parse(DataSets.POPULATION, cells("source", "第七次全国人口普查", "version", "2020", "org_unit", "甘井子区",
                "year", "2020", "population_group", "常住人口", "age", "6", "sex", "女", "count", "8,123"));
        assertThat(p.problems()).isEmpty();
        assertThat(p.row().values()).containsExactly("第七次全国人口普查", "2020", "210211", 2020L, "resident", 6L, "2", 8123L);
        assertThat(parse(DataSets.POPULATION, cells("source", "s", "version", "v", "org_unit", "210211", "year", "2020",
                "population_group", "resident", "age", "121", "sex", "1", "count", "1")).rules()).containsExactly("out_of_range");
    }

    @Test
    void aggregatesRow() {
        Map<String, String> row = cells("element", "learners.enrolled", "org", "210211", "year", "2025", "disaggregation",
                "stage=primary|sex=2", "value", "1234.5678");
        Parsed p = parse(DataSets.AGGREGATES, row);
        assertThat(p.problems()).isEmpty();
        assertThat(p.row().decimal("value")).isEqualByComparingTo("1234.5678");
        // org: 6-digit division, 10-digit school or a functional zone FZnn
        assertThat(parse(DataSets.AGGREGATES, with(row, "org", "2102110001")).problems()).isEmpty();
        assertThat(parse(DataSets.AGGREGATES, with(row, "org", "FZ01")).problems()).isEmpty();
        assertThat(parse(DataSets.AGGREGATES, with(row, "org", "21021")).rules()).containsExactly("format");
        assertThat(parse(DataSets.AGGREGATES, with(row, "element", "Learners")).rules()).containsExactly("format");
        assertThat(parse(DataSets.AGGREGATES, with(row, "value", "1.23456")).rules()).containsExactly("too_many_decimals");
        assertThat(parse(DataSets.AGGREGATES, with(row, "value", "-0.5")).row().decimal("value")).isEqualByComparingTo("-0.5");
    }

    // ==================================================================== exam results

    @Test
    void examResultsAreTakenForGradesThreeToNineInTwoSubjects() {
        Map<String, String> row = cells("national_student_number", "G" + MALE_ID, "school_year", "2024", "institution", "2102110001",
                "grade", "P4", "subject", "数学", "scale_score", "512.5");
        Parsed ok = parse(DataSets.EXAM_RESULTS, row);
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.row().text("subject")).isEqualTo("MATHEMATICS");
        assertThat(ok.row().decimal("scale_score")).isEqualByComparingTo("512.5");
        assertThat(parse(DataSets.EXAM_RESULTS, with(row, "grade", "S1")).problems()).extracting(Problem::rule)
                .containsExactly("exam_grade");
        assertThat(parse(DataSets.EXAM_RESULTS, with(row, "grade", "P2")).problems()).extracting(Problem::rule)
                .containsExactly("exam_grade");
        assertThat(parse(DataSets.EXAM_RESULTS, with(row, "grade", "J3")).problems()).isEmpty();
        assertThat(parse(DataSets.EXAM_RESULTS, with(row, "subject", "PHYSICS")).problems()).isNotEmpty();
        assertThat(parse(DataSets.EXAM_RESULTS, with(row, "scale_score", "1000.5")).problems()).isNotEmpty();
    }

    // ==================================================================== the data sets as a whole

    @Test
    void theSevenDataSetsOfTheContractAndTheFitnessAndExamResults() {
        assertThat(DataSets.all()).extracting(DataSet::name).containsExactly("institutions", "learners", "teachers", "classes",
                "facilities", "population", "aggregates", "fitness", "exam_results");
        assertThat(DataSets.FITNESS.sensitive()).isTrue();
        assertThat(DataSets.EXAM_RESULTS.sensitive()).isTrue();
        assertThat(DataSets.byName("learners")).containsSame(DataSets.LEARNERS);
        assertThat(DataSets.byName("students")).isEmpty();
        assertThat(DataSets.LEARNERS.sensitive()).isTrue();
    }

    @Test
    void everyDataSetCanBeParsedWithTheCitysCodeLists() {
        for (DataSet set : DataSets.all()) {
            ProblemSink s = new ProblemSink(10);
            Header h = Header.read(set, set.columns().stream().map(Column::headerZh).toArray(String[]::new), "f", "", s);
            assertThat(h).as(set.name()).isNotNull();
            assertThat(new RowParser(set, h, Fixtures.CODES, "f", "", s)).as(set.name()).isNotNull();
        }
    }

    /**
     * A row with the key of an existing record updates it (DataSet's Javadoc): were the period not part of the key,
     * next year's file would overwrite this year's records.
     */
    @Test
    void periodIsAnIntegerColumnAndKeyColumnsAreRequired() {
        for (DataSet set : DataSets.all()) {
            if (set.period() != null) {
                assertThat(set.column(set.period()).type()).as(set.name()).isEqualTo(ColumnType.INTEGER);
                assertThat(set.key()).as(set.name() + ": the period is part of the key").contains(set.period());
            }
        }
        // a key column left empty would make rows with different records collide; only the disaggregation of an
        // aggregate may be empty (no disaggregation)
        for (DataSet set : DataSets.all()) {
            for (String k : set.key()) {
                if (!(set == DataSets.AGGREGATES && k.equals("disaggregation"))) {
                    assertThat(set.column(k).required()).as(set.name() + "." + k).isTrue();
                }
            }
        }
    }

    @Test
    void noTwoColumnsOfADataSetShareAHeader() {
        // Header maps every Chinese header, English header and name to one column: they must not collide
        for (DataSet set : DataSets.all()) {
            Map<String, String> owner = new HashMap<>();
            for (Column c : set.columns()) {
                for (String h : List.of(c.headerZh(), c.headerEn(), c.name())) {
                    String previous = owner.putIfAbsent(Header.normal(h), c.name());
                    assertThat(previous == null || previous.equals(c.name()))
                            .as("%s: header %s of %s is also %s's", set.name(), h, c.name(), previous).isTrue();
                }
            }
        }
    }

    @Test
    void aKeyMustBeAColumn() {
        assertThatThrownBy(() -> new DataSet("x", "x", "x", List.of(Column.text("a", "甲", "a", 1)), List.of("b"), null,
                List.of(), false)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("b");
        assertThatThrownBy(() -> DataSets.CLASSES.column("nope")).isInstanceOf(IllegalArgumentException.class);
        assertThat(DataSets.CLASSES.index("nope")).isEqualTo(-1);
        assertThat(DataSets.CLASSES.index("size")).isEqualTo(5);
    }

    @Test
    void theDataSetsListsCannotBeChanged() {
        assertThatThrownBy(() -> DataSets.CLASSES.columns().add(Column.text("x", "x", "x", 1)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DataSets.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
