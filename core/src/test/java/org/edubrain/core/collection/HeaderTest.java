package org.edubrain.core.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Row 1 of a file → columns (Header's Javadoc): Chinese or English headers or column names, any
 * order, trailing '*' and full-width forms ignored; unknown headers warned about, repeated or
 * missing required columns refused.
 *
 * <p>Most cases use {@link DataSets#CLASSES}, whose columns are (name / Chinese / English):
 * <pre>
 *   0 institution  学校标识码   institution code       required
 *   1 school_year  学年         school year            required
 *   2 grade        年级         grade                  required
 *   3 name_zh      班级名称     class name             required
 *   4 kind         班级类型     kind of class          optional (default regular)
 *   5 size         班额（人）   learners in the class  required
 * </pre>
 */
class HeaderTest {

    private static final DataSet SET = DataSets.CLASSES;
    private static final String[] CHINESE = {"学校标识码", "学年", "年级", "班级名称", "班级类型", "班额（人）"};
    private static final String[] ENGLISH = {"institution code", "school year", "grade", "class name", "kind of class",
            "learners in the class"};

    private final ProblemSink sink = new ProblemSink(100);

    private Header read(String... row1) {
        return Header.read(SET, row1, "classes.xlsx", "Sheet1", sink);
    }

    private static int[] cells(Header h) {
        int[] c = new int[SET.columns().size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = h.cellOf(i);
        }
        return c;
    }

    @Test
    void theColumnsLayoutIsAsThisTestAssumes() {
        // guards the table in the class comment, which the other tests rely on
        assertThat(SET.columns()).extracting(Column::name)
                .containsExactly("institution", "school_year", "grade", "name_zh", "kind", "size");
        assertThat(SET.columns()).extracting(Column::headerZh).containsExactly(CHINESE);
        assertThat(SET.columns()).extracting(Column::headerEn).containsExactly(ENGLISH);
    }

    @Test
    void chineseHeadersInTemplateOrderMapCellToColumn() {
        Header h = read(CHINESE);
        assertThat(h).isNotNull();
        assertThat(cells(h)).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(h.set()).isSameAs(SET);
        assertThat(sink.problems()).isEmpty();
    }

    @Test
    void englishHeadersAreAccepted() {
        Header h = read(ENGLISH);
        assertThat(h).isNotNull();
        assertThat(cells(h)).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(sink.problems()).isEmpty();
    }

    @Test
    void englishHeadersOfSeveralWordsIgnoreCaseAndSpacing() {
        // "National Student Number" is the English header "national student number" in other case
        Header h = Header.read(DataSets.LEARNERS, new String[] {"National Student Number", "SEX", "Date Of Birth",
                "household registration", "School Year", "Institution Code", "Grade", "Status"}, "f", "", sink);
        assertThat(h).isNotNull();
        assertThat(h.cellOf(DataSets.LEARNERS.index("national_student_number"))).isEqualTo(0);
        assertThat(h.cellOf(DataSets.LEARNERS.index("status"))).isEqualTo(7);
        assertThat(sink.problems()).isEmpty();
    }

    @Test
    void columnNamesAreAccepted() {
        Header h = read("institution", "school_year", "grade", "name_zh", "kind", "size");
        assertThat(h).isNotNull();
        assertThat(cells(h)).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(sink.problems()).isEmpty();
    }

    @Test
    void chineseEnglishAndNamesMayBeMixed() {
        Header h = read("学校标识码", "school year", "grade", "name_zh", "班级类型", "learners in the class");
        assertThat(h).isNotNull();
        assertThat(cells(h)).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void trailingRequiredMarkIsIgnored() {
        // the templates mark required columns with '*'; also with a space before it, and full-width '＊'
        Header h = read("学校标识码*", "学年 *", "年级＊", "班级名称**", "班级类型", "班额（人）*");
        assertThat(h).isNotNull();
        assertThat(cells(h)).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(sink.problems()).isEmpty();
    }

    @Test
    void fullWidthAndHalfWidthFormsAreTheSame() {
        // template: 班额（人） with full-width parentheses; a file typed with half-width "(人)"
        // full-width Latin letters ＳＣＨＯＯＬ and an ideographic space U+3000 inside 班级　名称
        Header h = read("学校标识码", "ＳＣＨＯＯＬ　ＹＥＡＲ", "年级", "班级　名称", "班额(人)");
        assertThat(h).isNotNull();
        assertThat(h.cellOf(1)).isEqualTo(1);
        assertThat(h.cellOf(3)).isEqualTo(3);
        assertThat(h.cellOf(5)).isEqualTo(4);
        assertThat(sink.problems()).isEmpty();
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        Header h = read(" 学校标识码 ", "\t学年", "年级\u00A0", "班级名称", "班额（人）");
        assertThat(h).isNotNull();
        assertThat(h.cellOf(0)).isEqualTo(0);
        assertThat(h.cellOf(2)).isEqualTo(2);
    }

    @Test
    void columnsMayComeInAnyOrder() {
        Header h = read("班额（人）", "班级名称", "年级", "学年", "学校标识码", "班级类型");
        assertThat(h).isNotNull();
        // column i is in cell cellOf(i): institution in cell 4, school_year 3, grade 2, name_zh 1, kind 5, size 0
        assertThat(cells(h)).containsExactly(4, 3, 2, 1, 5, 0);
    }

    @Test
    void anOptionalColumnMayBeLeftOutAndHasNoCell() {
        Header h = read("学校标识码", "学年", "年级", "班级名称", "班额（人）");
        assertThat(h).isNotNull();
        assertThat(h.cellOf(4)).isEqualTo(-1);
        assertThat(h.cellOf(5)).isEqualTo(4);
        assertThat(sink.problems()).isEmpty();
    }

    @Test
    void unknownColumnIsAWarningAndTheHeaderIsStillRead() {
        Header h = read("学校标识码", "学年", "备注 ", "年级", "班级名称", "班额（人）");
        assertThat(h).isNotNull();
        assertThat(cells(h)).containsExactly(0, 1, 3, 4, -1, 5);
        Problem p = sink.problems().get(0);
        assertThat(sink.problems()).hasSize(1);
        assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
        assertThat(p.rule()).isEqualTo("unknown_column");
        assertThat(p.row()).isEqualTo(1);
        assertThat(p.column()).isEqualTo("备注");
        assertThat(p.file()).isEqualTo("classes.xlsx");
        assertThat(p.sheet()).isEqualTo("Sheet1");
        assertThat(sink.errors()).isZero();
        assertThat(sink.warnings()).isEqualTo(1);
    }

    @Test
    void unknownColumnsCellsAreIgnoredWhenParsing() {
        Header h = read("学校标识码", "学年", "备注", "年级", "班级名称", "班额（人）");
        Row row = new RowParser(SET, h, Fixtures.CODES, "classes.xlsx", "Sheet1", sink)
                .parse(new String[] {"2102110001", "2025", "=HYPERLINK(\"x\")", "P1", "一年级（1）班", "40"}, 2);
        assertThat(row).isNotNull();
        assertThat(row.values()).containsExactly("2102110001", 2025L, "P1", "一年级（1）班", "regular", 40L);
        assertThat(sink.errors()).isZero();
    }

    @Test
    void aColumnTwiceIsAnErrorAndThereIsNoHeader() {
        // 年级 in cell 2 and again, in English, in cell 5
        Header h = read("学校标识码", "学年", "年级", "班级名称", "班额（人）", "Grade");
        assertThat(h).isNull();
        assertThat(sink.problems()).hasSize(1);
        Problem p = sink.problems().get(0);
        assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
        assertThat(p.rule()).isEqualTo("duplicate_column");
        assertThat(p.row()).isEqualTo(1);
        assertThat(p.column()).isEqualTo("Grade");
        assertThat(p.messageZh()).contains("年级");
    }

    @Test
    void anOptionalColumnTwiceIsAnErrorToo() {
        Header h = read("学校标识码", "学年", "年级", "班级名称", "班级类型", "班额（人）", "kind");
        assertThat(h).isNull();
        assertThat(sink.problems()).extracting(Problem::rule).containsExactly("duplicate_column");
    }

    @Test
    void aMissingRequiredColumnIsAnErrorNamingItsChineseHeader() {
        Header h = read("学校标识码", "学年", "年级", "班级名称", "班级类型");
        assertThat(h).isNull();
        assertThat(sink.problems()).hasSize(1);
        Problem p = sink.problems().get(0);
        assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
        assertThat(p.rule()).isEqualTo("missing_column");
        assertThat(p.row()).isEqualTo(1);
        assertThat(p.column()).isEqualTo("班额（人）");
        assertThat(p.messageZh()).contains("班额（人）");
        assertThat(p.messageEn()).contains("learners in the class");
    }

    @Test
    void everyMissingRequiredColumnIsReported() {
        // only 年级 and 班级类型: institution, school_year, name_zh and size are missing
        Header h = read("年级", "班级类型");
        assertThat(h).isNull();
        assertThat(sink.problems()).extracting(Problem::rule).containsOnly("missing_column");
        assertThat(sink.problems()).extracting(Problem::column)
                .containsExactlyInAnyOrder("学校标识码", "学年", "班级名称", "班额（人）");
    }

    @Test
    void anEmptyRowOneIsAMissingHeader() {
        for (String[] row1 : List.of(new String[] {"", " ", null}, new String[0])) {
            ProblemSink s = new ProblemSink(10);
            assertThat(Header.read(SET, row1, "f.csv", "", s)).isNull();
            assertThat(s.problems()).extracting(Problem::rule).containsExactly("missing_header");
            assertThat(s.problems().get(0).severity()).isEqualTo(Problem.Severity.ERROR);
            assertThat(s.problems().get(0).row()).isEqualTo(1);
        }
        ProblemSink s = new ProblemSink(10);
        assertThat(Header.read(SET, null, "f.csv", "", s)).isNull();
        assertThat(s.problems()).extracting(Problem::rule).containsExactly("missing_header");
    }

    @Test
    void blankHeaderCellsBetweenColumnsAreSkipped() {
        Header h = read("学校标识码", "", "学年", null, "年级", "班级名称", "班额（人）");
        assertThat(h).isNotNull();
        assertThat(cells(h)).containsExactly(0, 2, 4, 5, -1, 6);
        assertThat(sink.problems()).isEmpty();
    }

    @Test
    void theTemplatesEnglishSecondRowIsRecognised() {
        Header h = read(CHINESE);
        assertThat(h.isEnglishHeaderRow(ENGLISH)).isTrue();
        // written with the required mark and in other case, it still is
        assertThat(h.isEnglishHeaderRow(new String[] {"Institution Code*", "School Year*", "GRADE*", "Class Name*",
                "kind of class", "learners in the class *"})).isTrue();
    }

    @Test
    void aDataRowOrAnotherRowIsNotTheEnglishHeaderRow() {
        Header h = read(CHINESE);
        assertThat(h.isEnglishHeaderRow(new String[] {"2102110001", "2025", "P1", "一年级（1）班", "regular", "40"})).isFalse();
        // row 1 repeated in Chinese is not the English row
        assertThat(h.isEnglishHeaderRow(CHINESE)).isFalse();
        // one cell differs
        assertThat(h.isEnglishHeaderRow(new String[] {"institution code", "school year", "grade", "class name",
                "kind of class", "40"})).isFalse();
        // a short row lacks the last columns
        assertThat(h.isEnglishHeaderRow(new String[] {"institution code", "school year"})).isFalse();
    }

    @Test
    void theEnglishRowFollowsTheCellsOfRowOne() {
        // row 1 in another order: the English row is checked cell by cell against that order
        Header h = read("班额（人）", "班级名称", "年级", "学年", "学校标识码");
        assertThat(h.isEnglishHeaderRow(new String[] {"learners in the class", "class name", "grade", "school year",
                "institution code"})).isTrue();
        assertThat(h.isEnglishHeaderRow(ENGLISH)).isFalse();
    }

    // ---------------------------------------------------------------- values given for the whole file

    @Test
    void aRequiredColumnGivenForTheWholeFileNeedNotBeInIt() {
        Header h = Header.read(SET, new String[] {"年级", "班级名称", "班额（人）"}, "classes.xlsx", "Sheet1", sink,
                java.util.Map.of("institution", "2102110001", "school_year", " 2025 "));
        assertThat(h).isNotNull();
        assertThat(sink.problems()).isEmpty();
        assertThat(h.cellOf(0)).isEqualTo(-1);
        assertThat(h.given(0)).isEqualTo("2102110001");
        assertThat(h.given(1)).isEqualTo("2025");
        assertThat(h.given(2)).isNull();
    }

    @Test
    void aGivenColumnThatIsAlsoInTheFileOrIsNoColumnIsRefused() {
        assertThat(Header.read(SET, CHINESE, "classes.xlsx", "Sheet1", sink, java.util.Map.of("school_year", "2025"))).isNull();
        assertThat(sink.problems()).extracting(Problem::rule).containsExactly("given_and_in_file");
        assertThat(sink.problems().get(0).column()).isEqualTo("学年");
        ProblemSink other = new ProblemSink(10);
        assertThat(Header.read(SET, CHINESE, "classes.xlsx", "Sheet1", other, java.util.Map.of("semester", "1"))).isNull();
        assertThat(other.problems()).extracting(Problem::rule).containsExactly("unknown_given");
    }

    @Test
    void aBlankGivenValueIsNotGiven() {
        assertThat(Header.read(SET, new String[] {"年级", "班级名称", "班额（人）"}, "f", "", sink, java.util.Map.of("school_year", " ",
                "institution", "2102110001"))).isNull();
        assertThat(sink.problems()).extracting(Problem::rule).containsExactly("missing_column");
    }

    @Test
    void theNationalUploadFormatsHeadersAreAliasesOfTheFitnessColumns() {
        String[] national = {"年级编号", "班级编号", "班级名称", "学籍号", "民族代码", "姓名", "性别", "出生日期", "家庭住址", "身高", "体重", "肺活量",
            "50米跑", "坐位体前屈", "一分钟跳绳", "一分钟仰卧起坐", "50米×8往返跑", "立定跳远", "引体向上", "800米跑", "1000米跑"};
        Header h = Header.read(DataSets.FITNESS, national, "national.xlsx", "Sheet1", sink,
                java.util.Map.of("school_year", "2025", "institution", "2102110001"));
        assertThat(h).isNotNull();
        DataSet f = DataSets.FITNESS;
        assertThat(h.cellOf(f.index("grade"))).isEqualTo(0);
        assertThat(h.cellOf(f.index("national_student_number"))).isEqualTo(3);
        assertThat(h.cellOf(f.index("sex"))).isEqualTo(6);
        assertThat(h.cellOf(f.index("height_cm"))).isEqualTo(9);
        assertThat(h.cellOf(f.index("run_50x8_s"))).isEqualTo(16);
        assertThat(h.cellOf(f.index("run_1000m_s"))).isEqualTo(20);
        // 班级编号, 班级名称, 民族代码, 姓名, 出生日期, 家庭住址: not taken, said so
        assertThat(sink.problems()).extracting(Problem::column)
                .containsExactly("班级编号", "班级名称", "民族代码", "姓名", "出生日期", "家庭住址");
        assertThat(sink.problems()).allMatch(p -> p.rule().equals("unknown_column") && !p.error());
    }
}
