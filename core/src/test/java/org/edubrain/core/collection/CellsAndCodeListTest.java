package org.edubrain.core.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.edubrain.core.registry.Coded;
import org.edubrain.core.registry.Grade;
import org.edubrain.core.registry.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Cells} (OWASP "CSV injection": a text beginning with = + - @, tab or CR is written with a
 * leading apostrophe, which reading removes) and {@link CodeList} / {@link CodeLists}.
 */
class CellsAndCodeListTest {

    // ---------------------------------------------------------------- Cells

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=1+1  | '=1+1",
            "+86   | '+86",
            "-5    | '-5",
            "@x    | '@x",
            // already beginning with an apostrophe before a risky character: one more, so that reading gives it back
            "'=x   | ''=x",
            "plain | plain",
            "'abc  | 'abc",
            "大连  | 大连",
            "a=b   | a=b"})
    void neutraliseAndRestore(String text, String written) {
        assertThat(Cells.neutralise(text)).isEqualTo(written);
        assertThat(Cells.restore(written)).isEqualTo(text);
    }

    @Test
    void tabAndCarriageReturnAtTheStartAreRiskyToo() {
        assertThat(Cells.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(Cells.neutralise("\rx")).isEqualTo("'\rx");
        assertThat(Cells.restore("'\t=1")).isEqualTo("\t=1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+86", "-5", "@x", "'=x", "plain", "", "'", "''", "'abc", "=HYPERLINK(\"http://x\")",
            "-", "'-", "\t", "'+1"})
    void restoreUndoesNeutralise(String text) {
        assertThat(Cells.restore(Cells.neutralise(text))).isEqualTo(text);
    }

    @Test
    void restoreUndoesNeutraliseWithTwoApostrophes() {
        assertThat(Cells.restore(Cells.neutralise("''=x"))).isEqualTo("''=x");
        assertThat(Cells.restore(Cells.neutralise("'''=x"))).isEqualTo("'''=x");
    }

    @Test
    void emptyAndNull() {
        assertThat(Cells.neutralise("")).isEmpty();
        assertThat(Cells.restore("")).isEmpty();
        assertThat(Cells.neutralise(null)).isNull();
        assertThat(Cells.restore(null)).isNull();
    }

    @Test
    void aFormulaNeverLeavesNeutraliseAsAFormula() {
        // whatever the text, what is written never begins with a formula character
        for (String s : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "'=1", "=", "+", "-", "@")) {
            assertThat(Cells.neutralise(s).charAt(0)).as(s).isEqualTo('\'');
        }
    }

    // ---------------------------------------------------------------- CodeList

    private final CodeList sex = CodeList.of("sex", Sex.class);
    private final CodeList district = new CodeList("district", List.of(new Coded.Label("210211", "甘井子区", "Ganjingzi"),
            new Coded.Label("210202", "中山区", "Zhongshan")));

    @Test
    void aRegistryEnumsLabelsInDeclarationOrder() {
        assertThat(sex.name()).isEqualTo("sex");
        // GB/T 2261.1
        assertThat(sex.labels()).containsExactly(new Coded.Label("1", "男", "male"), new Coded.Label("2", "女", "female"));
        assertThat(CodeList.of("grade", Grade.class).labels()).hasSize(Grade.values().length);
    }

    @Test
    void gradesAreAlsoNamedByTheNationalGradeCodes() {
        // the student-registration and fitness systems' codes: 11–16 primary, 21–23 junior, 31–33 senior
        CodeList grade = CodeLists.standard().get("grade");
        assertThat(grade.code("13")).isEqualTo("P3");
        assertThat(grade.code("21")).isEqualTo("J1");
        assertThat(grade.code("33")).isEqualTo("S3");
        assertThat(grade.code("P3")).isEqualTo("P3");
        assertThat(grade.code("41")).isNull();
        // written back as the code, never as the alias
        assertThat(grade.shown("P3")).isEqualTo("P3 三年级");
        assertThatThrownBy(() -> sex.withAliases(java.util.Map.of("M", "9"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCellNamesItsCodeByCodeChineseEnglishOrBoth() {
        assertThat(sex.code("1")).isEqualTo("1");
        assertThat(sex.code("男")).isEqualTo("1");
        assertThat(sex.code("female")).isEqualTo("2");
        assertThat(sex.code("FeMale")).isEqualTo("2");
        assertThat(sex.code("1 男")).isEqualTo("1");
        assertThat(sex.code("2 female")).isEqualTo("2");
        assertThat(district.code("中山区")).isEqualTo("210202");
        assertThat(district.code("zhongshan")).isEqualTo("210202");
        assertThat(district.code("210202 中山区")).isEqualTo("210202");
    }

    @Test
    void aCellThatNamesNoCode() {
        assertThat(sex.code("3")).isNull();
        assertThat(sex.code("")).isNull();
        assertThat(sex.code("男性")).isNull();
        // code and name of different values
        assertThat(sex.code("1 女")).isNull();
        assertThat(sex.code("2 male")).isNull();
        assertThat(district.code("210211 中山区")).isNull();
        // a name first, then a code
        assertThat(sex.code("男 1")).isNull();
    }

    @Test
    void shownIsCodeSpaceChineseName() {
        assertThat(sex.shown("1")).isEqualTo("1 男");
        assertThat(district.shown("210211")).isEqualTo("210211 甘井子区");
        // an unknown code is shown as it is
        assertThat(sex.shown("9")).isEqualTo("9");
        // a name is not a code: shown as it is, not turned into "1 男"
        assertThat(sex.shown("男")).isEqualTo("男");
    }

    @Test
    void aCodeWinsOverAnotherValuesNameThatLooksTheSame() {
        // value b's code is value a's English name: a code must name its own value (else writing b as "b 乙" and
        // reading it back would break), in whichever order the values come
        for (CodeList l : List.of(
                new CodeList("l", List.of(new Coded.Label("a", "甲", "b"), new Coded.Label("b", "乙", "bee"))),
                new CodeList("l", List.of(new Coded.Label("b", "乙", "bee"), new Coded.Label("a", "甲", "b"))))) {
            assertThat(l.code("b")).isEqualTo("b");
            assertThat(l.code("甲")).isEqualTo("a");
            assertThat(l.shown("b")).isEqualTo("b 乙");
            assertThat(l.code("b 乙")).isEqualTo("b");
        }
    }

    @Test
    void labelsCannotBeChanged() {
        assertThatThrownBy(() -> sex.labels().add(new Coded.Label("9", "未知", "unknown")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // ---------------------------------------------------------------- CodeLists

    @Test
    void standardListsDoNotIncludeTheDatabasesLists() {
        CodeLists standard = CodeLists.standard();
        for (String name : List.of("sex", "disability", "hukou", "grade", "enrolment_status", "destination", "delivery",
                "school_type", "ownership", "post", "stage", "subject", "degree", "certificate", "class_kind",
                "population_group", "exam_subject")) {
            assertThat(standard.has(name)).as(name).isTrue();
            assertThat(standard.get(name).name()).isEqualTo(name);
        }
        assertThat(standard.has("district")).isFalse();
        assertThat(standard.has("zone")).isFalse();
        assertThatThrownBy(() -> standard.get("district")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("district");
    }

    @Test
    void withAddsAListToACopy() {
        CodeLists standard = CodeLists.standard();
        CodeLists city = standard.with(district);
        assertThat(city.get("district")).isSameAs(district);
        assertThat(city.has("sex")).isTrue();
        // the original is unchanged
        assertThat(standard.has("district")).isFalse();
    }

    @Test
    void withReplacesAListOfTheSameName() {
        CodeList onlyMale = new CodeList("sex", List.of(new Coded.Label("1", "男", "male")));
        CodeLists replaced = CodeLists.standard().with(onlyMale);
        assertThat(replaced.get("sex")).isSameAs(onlyMale);
        assertThat(replaced.get("sex").code("2")).isNull();
    }

    @Test
    void theListsDefinedHere() {
        CodeLists standard = CodeLists.standard();
        assertThat(standard.get("class_kind").code("特教班")).isEqualTo("special");
        assertThat(standard.get("class_kind").code("regular class")).isEqualTo("regular");
        assertThat(standard.get("population_group").code("残疾人登记")).isEqualTo("disabled_register");
        assertThat(standard.get("population_group").shown("resident")).isEqualTo("resident 常住人口");
        assertThat(standard.get("exam_subject").code("语文")).isEqualTo("READING");
    }

    @Test
    void registryCodesAsTheStandardsWriteThem() {
        CodeLists standard = CodeLists.standard();
        // GB/T 26341 disability categories: 1 视力 … 7 多重
        assertThat(standard.get("disability").code("视力残疾")).isEqualTo("1");
        assertThat(standard.get("disability").code("多重残疾")).isEqualTo("7");
        // JY/T 1001 institution types: 111 幼儿园, 211 小学, 342 高级中学
        assertThat(standard.get("school_type").code("幼儿园")).isEqualTo("111");
        assertThat(standard.get("school_type").code("小学")).isEqualTo("211");
        assertThat(standard.get("school_type").code("高级中学")).isEqualTo("342");
        assertThat(standard.get("certificate").code("小学教师资格")).isEqualTo("primary");
    }
}
