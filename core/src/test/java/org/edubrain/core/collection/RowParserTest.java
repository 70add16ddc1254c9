package org.edubrain.core.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading one cell of each column type (ColumnType's Javadoc), required cells and defaults, and
 * {@link RowParser#write} as the inverse of reading. A probe data set holds one column of each
 * kind with limits chosen here, so that every expected value follows from the column below.
 */
class RowParserTest {

    private static final DataSet PROBE = new DataSet("probe", "探针", "probe", List.of(
            Column.text("text", "文本", "text", 5),
            Column.text("free", "长文本", "long text", 0),
            Column.text("coded", "编号", "number", 0).pattern("[A-Z]{2}\\d{2}"),
            Column.integer("count", "人数", "count", 0, 1000),
            Column.decimal("amount", "金额", "amount", 2, new BigDecimal("-10"), new BigDecimal("10")),
            Column.date("day", "日期", "day"),
            Column.bool("flag", "标志", "flag"),
            Column.code("sex", "性别", "sex", "sex"),
            Column.code("grade", "年级", "grade", "grade"),
            Column.code("district", "区", "district", "district"),
            Column.code("hukou", "户口性质", "household registration", "hukou"),
            Column.code("mode", "方式", "mode", "delivery").orElse("on_site"),
            Column.integer("hours", "学时", "hours", 0, 2000).orElse("0")),
            List.of("text"), null, List.of(), false);

    private ProblemSink sink;

    /** A row with only this cell filled. */
    private Row parse(String column, String cell) {
        String[] header = PROBE.columns().stream().map(Column::headerZh).toArray(String[]::new);
        String[] cells = new String[header.length];
        cells[PROBE.index(column)] = cell;
        sink = new ProblemSink(100);
        Header h = Header.read(PROBE, header, "probe.csv", "", sink);
        return new RowParser(PROBE, h, Fixtures.CODES, "probe.csv", "", sink).parse(cells, 7);
    }

    /** The value read from a cell that must be accepted. */
    private Object read(String column, String cell) {
        Row row = parse(column, cell);
        assertThat(sink.problems()).as("problems reading %s = «%s»", column, cell).isEmpty();
        assertThat(row).isNotNull();
        return row.get(column);
    }

    /** The rule of the one error a cell must give; the row is then refused. */
    private String refused(String column, String cell) {
        Row row = parse(column, cell);
        assertThat(row).as("row with %s = «%s»", column, cell).isNull();
        assertThat(sink.problems()).as("problems reading %s = «%s»", column, cell).hasSize(1);
        Problem p = sink.problems().get(0);
        assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
        assertThat(p.row()).isEqualTo(7);
        assertThat(p.file()).isEqualTo("probe.csv");
        assertThat(p.column()).isEqualTo(PROBE.column(column).headerZh());
        assertThat(p.value()).isEqualTo(cell.strip());
        return p.rule();
    }

    // ---------------------------------------------------------------- TEXT

    @Test
    void textIsTrimmed() {
        assertThat(read("text", "  大连  ")).isEqualTo("大连");
    }

    @Test
    void textLengthCountsCharactersNotBytes() {
        // maxLength 5: 大连市教育 is five characters (fifteen bytes in UTF-8)
        assertThat(read("text", "大连市教育")).isEqualTo("大连市教育");
        assertThat(refused("text", "大连市教育局")).isEqualTo("too_long");
        assertThat(read("text", "abcde")).isEqualTo("abcde");
        assertThat(refused("text", "abcdef")).isEqualTo("too_long");
    }

    @Test
    void textLengthCountsSupplementaryCharactersOnce() {
        // U+20000..U+20004 (CJK Extension B, e.g. in rare names): five characters, ten UTF-16 units
        String five = "\uD840\uDC00\uD840\uDC01\uD840\uDC02\uD840\uDC03\uD840\uDC04";
        assertThat(five.length()).isEqualTo(10);
        assertThat(read("text", five)).isEqualTo(five);
    }

    @Test
    void textWithoutLimitTakesLongText() {
        String long1000 = "学".repeat(1000);
        assertThat(read("free", long1000)).isEqualTo(long1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0007b", "a\u0000b", "a\tb", "a\nb", "a\u001Fb", "a\u007Fb"})
    void controlCharactersInsideTextAreBadCharacters(String cell) {
        assertThat(refused("free", cell)).isEqualTo("bad_character");
    }

    @Test
    void replacementCharacterIsABadCharacter() {
        // U+FFFD is what a decoder leaves for bytes of the wrong encoding
        assertThat(refused("free", "张\uFFFD三")).isEqualTo("bad_character");
    }

    @Test
    void c1ControlCharactersAreBadCharactersToo() {
        assertThat(refused("free", "a\u0085b")).isEqualTo("bad_character");
        assertThat(refused("free", "a\u0090b")).isEqualTo("bad_character");
    }

    @Test
    void textMustMatchTheColumnsPattern() {
        assertThat(read("coded", "AB12")).isEqualTo("AB12");
        assertThat(refused("coded", "ab12")).isEqualTo("format");
        // the whole text must match, not a part of it
        assertThat(refused("coded", "AB123")).isEqualTo("format");
        assertThat(refused("coded", "xAB12")).isEqualTo("format");
    }

    @Test
    void textWrittenWithTheFormulaGuardIsReadWithoutIt() {
        // Cells: export writes '=1+1 so that a spreadsheet shows text; reading removes the apostrophe
        assertThat(read("free", "'=1+1")).isEqualTo("=1+1");
        assertThat(read("free", "'-5")).isEqualTo("-5");
        // an apostrophe before harmless text is part of the text
        assertThat(read("free", "'abc")).isEqualTo("'abc");
    }

    // ---------------------------------------------------------------- INTEGER

    @Test
    void integersAreReadAsLong() {
        assertThat(read("count", "12")).isEqualTo(12L);
        // spreadsheets write numbers as 12.0 (ColumnType.INTEGER)
        assertThat(read("count", "12.0")).isEqualTo(12L);
        assertThat(read("count", "12.00")).isEqualTo(12L);
        // thousands separators
        assertThat(read("count", "1,000")).isEqualTo(1000L);
        assertThat(read("count", " 7 ")).isEqualTo(7L);
    }

    @Test
    void thousandsSeparatorInALargerNumber() {
        // FACILITIES.equipment_value_yuan: 0 … 100 000 000 000
        Column c = DataSets.FACILITIES.column("equipment_value_yuan");
        DataSet set = new DataSet("one", "一", "one", List.of(c), List.of(c.name()), null, List.of(), false);
        ProblemSink s = new ProblemSink(10);
        Header h = Header.read(set, new String[] {c.headerZh()}, "f", "", s);
        Row r = new RowParser(set, h, Fixtures.CODES, "f", "", s).parse(new String[] {"1,200"}, 2);
        assertThat(r.integer(c.name())).isEqualTo(1200L);
        r = new RowParser(set, h, Fixtures.CODES, "f", "", s).parse(new String[] {"12,345,678,901"}, 3);
        assertThat(r.integer(c.name())).isEqualTo(12_345_678_901L);
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void aFractionIsNotAnInteger() {
        assertThat(refused("count", "12.5")).isEqualTo("not_integer");
        assertThat(refused("count", "0.001")).isEqualTo("not_integer");
    }

    @Test
    void textIsNotANumber() {
        assertThat(refused("count", "twelve")).isEqualTo("not_a_number");
        assertThat(refused("count", "12人")).isEqualTo("not_a_number");
        assertThat(refused("amount", "1.2.3")).isEqualTo("not_a_number");
    }

    @Test
    void integerRangeIncludesItsBounds() {
        // count: 0 … 1000
        assertThat(read("count", "0")).isEqualTo(0L);
        assertThat(read("count", "1000")).isEqualTo(1000L);
        assertThat(refused("count", "1001")).isEqualTo("out_of_range");
        assertThat(refused("count", "-1")).isEqualTo("out_of_range");
    }

    @Test
    void outOfRangeMessageNamesTheRange() {
        parse("count", "1001");
        assertThat(sink.problems().get(0).messageZh()).contains("0").contains("1000");
        assertThat(sink.problems().get(0).messageEn()).contains("0 to 1000");
    }

    @Test
    void aWholeNumberBeyondLongIsOutOfRangeNotAFraction() {
        assertThat(refused("count", "99999999999999999999")).isEqualTo("out_of_range");
    }

    // ---------------------------------------------------------------- DECIMAL

    @Test
    void decimalsUpToTheColumnsScaleAreAccepted() {
        // amount: scale 2, −10 … 10
        assertThat(read("amount", "1.25")).isEqualTo(new BigDecimal("1.25"));
        assertThat(read("amount", "-10")).isEqualTo(new BigDecimal("-10"));
        assertThat(read("amount", "10")).isEqualTo(new BigDecimal("10"));
        assertThat(read("amount", "3")).isInstanceOf(BigDecimal.class);
    }

    @Test
    void trailingZerosAreNotDecimals() {
        // 1.250 is 1.25: the third decimal adds no precision
        assertThat((BigDecimal) read("amount", "1.250")).isEqualByComparingTo("1.25");
        assertThat((BigDecimal) read("amount", "2.000")).isEqualByComparingTo("2");
    }

    @Test
    void tooManyDecimals() {
        assertThat(refused("amount", "1.255")).isEqualTo("too_many_decimals");
        assertThat(refused("amount", "0.001")).isEqualTo("too_many_decimals");
    }

    // ---------------------------------------------------------------- SECONDS

    /** Reads one cell of FITNESS.run_1000m_s (one decimal, 90–1200 s), or the rule that refused it. */
    private static Object run1000(String cell) {
        Column c = DataSets.FITNESS.column("run_1000m_s");
        DataSet set = new DataSet("one", "一", "one", List.of(c), List.of(c.name()), null, List.of(), false);
        ProblemSink s = new ProblemSink(10);
        Row r = new RowParser(set, Header.read(set, new String[] {c.headerZh()}, "f", "", s), Fixtures.CODES, "f", "", s)
                .parse(new String[] {cell}, 2);
        return r == null ? s.problems().get(0).rule() : r.decimal(c.name());
    }

    @Test
    void aDurationIsSecondsOrMinutesAndSeconds() {
        // 3 min 25 s = 3 × 60 + 25 = 205 s, in every way the national format and its tools write it
        for (String cell : List.of("205", "205.0", "3'25", "3′25″", "3’25”", "3'25\"", "3分25秒", "3:25", "3：25", "3' 25", "205秒")) {
            assertThat(run1000(cell)).as(cell).isInstanceOf(BigDecimal.class);
            assertThat((BigDecimal) run1000(cell)).as(cell).isEqualByComparingTo("205");
        }
        assertThat((BigDecimal) run1000("3'25.4")).isEqualByComparingTo("205.4");
        assertThat((BigDecimal) run1000("4'05")).isEqualByComparingTo("245");
        assertThat((BigDecimal) run1000("12'00")).isEqualByComparingTo("720");
    }

    @Test
    void aDurationsSecondsStayBelowSixtyAndItsLimitsHold() {
        assertThat(run1000("3'60")).isEqualTo("not_a_duration");
        assertThat(run1000("3'75")).isEqualTo("not_a_duration");
        assertThat(run1000("1'25")).isEqualTo("out_of_range");   // 85 s: below 90
        assertThat(run1000("3'25.45")).isEqualTo("too_many_decimals");
        assertThat(run1000("3''25")).isEqualTo("not_a_number");
        assertThat(run1000("abc")).isEqualTo("not_a_number");
    }

    @Test
    void decimalScaleOfARealColumn() {
        // FACILITIES.building_area_m2 has one decimal
        Column c = DataSets.FACILITIES.column("building_area_m2");
        assertThat(c.scale()).isEqualTo(1);
        DataSet set = new DataSet("one", "一", "one", List.of(c), List.of(c.name()), null, List.of(), false);
        ProblemSink s = new ProblemSink(10);
        Header h = Header.read(set, new String[] {c.headerZh()}, "f", "", s);
        RowParser p = new RowParser(set, h, Fixtures.CODES, "f", "", s);
        assertThat(p.parse(new String[] {"12,345.6"}, 2).decimal(c.name())).isEqualByComparingTo("12345.6");
        assertThat(p.parse(new String[] {"12345.67"}, 3)).isNull();
        assertThat(s.problems()).extracting(Problem::rule).containsExactly("too_many_decimals");
    }

    @Test
    void decimalRange() {
        assertThat(refused("amount", "10.01")).isEqualTo("out_of_range");
        assertThat(refused("amount", "-10.5")).isEqualTo("out_of_range");
    }

    @Test
    void aHugeExponentIsOutOfRangeNotACrash() {
        assertThat(refused("amount", "1e999999999")).isIn("out_of_range", "not_a_number");
    }

    @Test
    void aLargeExponentIsRefusedQuickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThat(refused("amount", "1e100000000")).isIn("out_of_range", "not_a_number"));
    }

    // ---------------------------------------------------------------- DATE

    @ParameterizedTest
    @ValueSource(strings = {"2024-09-01", "2024/9/1", "2024/09/01", "20240901", "2024年9月1日", "2024-9-1"})
    void datesInTheAcceptedForms(String cell) {
        assertThat(read("day", cell)).isEqualTo(LocalDate.of(2024, 9, 1));
    }

    @Test
    void aDayThatDoesNotExistIsNotADate() {
        // 2023 is not a leap year (2023 mod 4 = 3); 2024 is
        assertThat(refused("day", "2023-02-29")).isEqualTo("not_a_date");
        assertThat(read("day", "2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(refused("day", "2024-13-01")).isEqualTo("not_a_date");
        assertThat(refused("day", "2024-04-31")).isEqualTo("not_a_date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "01/09/2024", "2024-09", "240901", "2024-09-01x"})
    void otherTextIsNotADate(String cell) {
        assertThat(refused("day", cell)).isEqualTo("not_a_date");
    }

    @Test
    void datesLieBetween1900And2100() {
        assertThat(refused("day", "1899-12-31")).isEqualTo("out_of_range");
        assertThat(read("day", "1900-01-01")).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(read("day", "2100-12-31")).isEqualTo(LocalDate.of(2100, 12, 31));
        assertThat(refused("day", "2101-01-01")).isEqualTo("out_of_range");
    }

    // ---------------------------------------------------------------- BOOLEAN

    // ColumnType.BOOLEAN: 是/否, true/false, 1/0, Y/N
    @ParameterizedTest
    @ValueSource(strings = {"是", "true", "TRUE", "True", "1", "Y", "y"})
    void yes(String cell) {
        assertThat(read("flag", cell)).isEqualTo(Boolean.TRUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"否", "false", "FALSE", "0", "N", "n"})
    void no(String cell) {
        assertThat(read("flag", cell)).isEqualTo(Boolean.FALSE);
    }

    @Test
    void otherTextIsNotABoolean() {
        assertThat(refused("flag", "也许")).isEqualTo("not_boolean");
        assertThat(refused("flag", "2")).isEqualTo("not_boolean");
    }

    // ---------------------------------------------------------------- CODE

    @Test
    void codeByItsCode() {
        // GB/T 2261.1: 1 男, 2 女
        assertThat(read("sex", "1")).isEqualTo("1");
        assertThat(read("sex", "2")).isEqualTo("2");
        assertThat(read("grade", "J1")).isEqualTo("J1");
    }

    @Test
    void codeByItsChineseName() {
        assertThat(read("sex", "男")).isEqualTo("1");
        assertThat(read("sex", "女")).isEqualTo("2");
        assertThat(read("grade", "七年级（初一）")).isEqualTo("J1");
        assertThat(read("hukou", "外省户籍")).isEqualTo("other_province");
        assertThat(read("district", "甘井子区")).isEqualTo("210211");
    }

    @ParameterizedTest
    @ValueSource(strings = {"male", "Male", "MALE"})
    void codeByItsEnglishNameInAnyCase(String cell) {
        assertThat(read("sex", cell)).isEqualTo("1");
    }

    @Test
    void codeByAnEnglishNameOfSeveralWords() {
        assertThat(read("hukou", "Registered In Another Province")).isEqualTo("other_province");
        assertThat(read("district", "GANJINGZI")).isEqualTo("210211");
    }

    @Test
    void codeWrittenAsCodeAndName() {
        // the templates' drop-downs: "1 男"
        assertThat(read("sex", "1 男")).isEqualTo("1");
        assertThat(read("sex", "2 女")).isEqualTo("2");
        assertThat(read("sex", "1 male")).isEqualTo("1");
        assertThat(read("grade", "K1 小班")).isEqualTo("K1");
        assertThat(read("district", "210211 甘井子区")).isEqualTo("210211");
        assertThat(read("hukou", "none 无户籍或境外")).isEqualTo("none");
    }

    @Test
    void codeWithAnotherCodesNameIsRefused() {
        // "1 女": code 1 is 男, so the cell names two different values
        assertThat(refused("sex", "1 女")).isEqualTo("unknown_code");
        assertThat(refused("district", "210211 中山区")).isEqualTo("unknown_code");
    }

    @Test
    void numericCodeWrittenAsASpreadsheetNumber() {
        assertThat(read("sex", "1.0")).isEqualTo("1");
        assertThat(read("sex", "2.0")).isEqualTo("2");
        assertThat(read("district", "210211.0")).isEqualTo("210211");
    }

    @Test
    void unknownCodeIsRefusedAndTheMessageListsTheCodes() {
        assertThat(refused("sex", "3")).isEqualTo("unknown_code");
        assertThat(sink.problems().get(0).messageZh()).contains("1 男").contains("2 女");
        assertThat(refused("sex", "3.0")).isEqualTo("unknown_code");
        assertThat(refused("sex", "man")).isEqualTo("unknown_code");
        assertThat(refused("grade", "p7")).isEqualTo("unknown_code");
    }

    @Test
    void aParserForADataSetWhoseCodeListIsMissingCannotBeMade() {
        // INSTITUTIONS needs district and zone, which come from the database
        ProblemSink s = new ProblemSink(10);
        Header h = Header.read(DataSets.INSTITUTIONS, DataSets.INSTITUTIONS.columns().stream().map(Column::headerZh)
                .toArray(String[]::new), "f", "", s);
        assertThatThrownBy(() -> new RowParser(DataSets.INSTITUTIONS, h, CodeLists.standard(), "f", "", s))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("district");
        assertThat(new RowParser(DataSets.INSTITUTIONS, h, Fixtures.CODES, "f", "", s)).isNotNull();
    }

    // ---------------------------------------------------------------- empty cells, defaults

    @Test
    void anEmptyOptionalCellIsNull() {
        Row row = parse("text", "x");
        assertThat(row.get("count")).isNull();
        assertThat(row.get("day")).isNull();
        assertThat(row.get("flag")).isNull();
        assertThat(row.get("sex")).isNull();
        assertThat(row.get("free")).isNull();
    }

    @Test
    void anEmptyCellTakesTheColumnsDefault() {
        Row row = parse("text", "x");
        assertThat(row.text("mode")).isEqualTo("on_site");
        assertThat(row.integer("hours")).isEqualTo(0L);
        // a blank cell is empty too
        assertThat(parse("mode", "   ").text("mode")).isEqualTo("on_site");
        // a value overrides the default
        assertThat(read("mode", "送教上门")).isEqualTo("home");
        assertThat(read("hours", "36")).isEqualTo(36L);
    }

    @Test
    void aColumnAbsentFromTheFileTakesItsDefault() {
        // LEARNERS.delivery defaults to on_site, also when the file has no 就读方式 column
        DataSet set = DataSets.LEARNERS;
        List<String> present = List.of("national_student_number", "sex", "birth_date", "hukou_type", "school_year",
                "institution", "grade", "status");
        String[] header = present.stream().map(n -> set.column(n).headerZh()).toArray(String[]::new);
        ProblemSink s = new ProblemSink(10);
        Header h = Header.read(set, header, "f", "", s);
        assertThat(h.cellOf(set.index("delivery"))).isEqualTo(-1);
        Row row = new RowParser(set, h, Fixtures.CODES, "f", "", s)
                .parse(new String[] {"L20250001", "女", "2018-12-31", "本市户籍", "2025", "2102110001", "P1", "在籍"}, 2);
        assertThat(s.problems()).isEmpty();
        assertThat(row.text("delivery")).isEqualTo("on_site");
        assertThat(row.get("id_number")).isNull();
    }

    @Test
    void anEmptyRequiredCellIsRefused() {
        // CLASSES.size (班额) is required
        Fixtures.Parsed p = Fixtures.parse(DataSets.CLASSES, Fixtures.cells("institution", "2102110001", "school_year",
                "2025", "grade", "P1", "name_zh", "一年级（1）班", "size", "  "));
        assertThat(p.row()).isNull();
        Problem only = p.only();
        assertThat(only.rule()).isEqualTo("required");
        assertThat(only.severity()).isEqualTo(Problem.Severity.ERROR);
        assertThat(only.column()).isEqualTo("班额（人）");
        assertThat(only.row()).isEqualTo(2);
    }

    @Test
    void everyBadCellOfARowIsReported() {
        Fixtures.Parsed p = Fixtures.parse(DataSets.CLASSES, Fixtures.cells("institution", "21021", "school_year",
                "1999", "grade", "P9", "name_zh", "", "size", "40"));
        assertThat(p.row()).isNull();
        // institution: not ten digits; school_year: 2000 … 2100; grade: no P9; name_zh: required
        assertThat(p.rules()).containsExactly("format", "out_of_range", "unknown_code", "required");
        assertThat(p.sink().errors()).isEqualTo(4);
    }

    @Test
    void cellsBeyondTheEndOfAShortRowAreEmpty() {
        String[] header = PROBE.columns().stream().map(Column::headerZh).toArray(String[]::new);
        ProblemSink s = new ProblemSink(10);
        Header h = Header.read(PROBE, header, "f", "", s);
        Row row = new RowParser(PROBE, h, Fixtures.CODES, "f", "", s).parse(new String[] {"abc"}, 2);
        assertThat(row.text("text")).isEqualTo("abc");
        assertThat(row.text("mode")).isEqualTo("on_site");
        assertThat(row.number()).isEqualTo(2);
        assertThat(row.set()).isSameAs(PROBE);
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void blankRows() {
        assertThat(RowParser.blank(new String[0])).isTrue();
        assertThat(RowParser.blank(new String[] {null, "", "  ", "\t"})).isTrue();
        assertThat(RowParser.blank(new String[] {null, "", "x"})).isFalse();
    }

    // ---------------------------------------------------------------- write, the inverse of reading

    static Stream<Arguments> writtenValues() {
        return Stream.of(
                Arguments.of("free", "plain"),
                Arguments.of("free", "大连市第二十四中学"),
                Arguments.of("free", "=1+1"),
                Arguments.of("free", "+86 411 8888 8888"),
                Arguments.of("free", "-5"),
                Arguments.of("free", "@x"),
                Arguments.of("free", "'=x"),
                Arguments.of("free", "'abc"),
                Arguments.of("coded", "AB12"),
                Arguments.of("count", 0L),
                Arguments.of("count", 1000L),
                Arguments.of("count", 999L),
                Arguments.of("amount", new BigDecimal("1.25")),
                Arguments.of("amount", new BigDecimal("-10")),
                Arguments.of("amount", new BigDecimal("0.5")),
                Arguments.of("day", LocalDate.of(2024, 9, 1)),
                Arguments.of("day", LocalDate.of(1900, 1, 1)),
                Arguments.of("day", LocalDate.of(2024, 2, 29)),
                Arguments.of("flag", true),
                Arguments.of("flag", false),
                Arguments.of("sex", "1"),
                Arguments.of("sex", "2"),
                Arguments.of("grade", "J1"),
                Arguments.of("district", "210211"),
                Arguments.of("hukou", "other_province"),
                Arguments.of("mode", "home"),
                Arguments.of("hours", 36L));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("writtenValues")
    void writeThenReadGivesTheSameValue(String column, Object value) {
        String cell = RowParser.write(PROBE.column(column), value, Fixtures.CODES);
        assertThat(read(column, cell)).isEqualTo(value);
    }

    @Test
    void writtenForms() {
        // codes as "code name" (CodeList's Javadoc), booleans 是/否, dates ISO, risky text guarded (Cells)
        assertThat(RowParser.write(PROBE.column("sex"), "1", Fixtures.CODES)).isEqualTo("1 男");
        assertThat(RowParser.write(PROBE.column("grade"), "J1", Fixtures.CODES)).isEqualTo("J1 七年级（初一）");
        assertThat(RowParser.write(PROBE.column("district"), "210211", Fixtures.CODES)).isEqualTo("210211 甘井子区");
        assertThat(RowParser.write(PROBE.column("flag"), true, Fixtures.CODES)).isEqualTo("是");
        assertThat(RowParser.write(PROBE.column("flag"), false, Fixtures.CODES)).isEqualTo("否");
        assertThat(RowParser.write(PROBE.column("day"), LocalDate.of(2024, 9, 1), Fixtures.CODES)).isEqualTo("2024-09-01");
        assertThat(RowParser.write(PROBE.column("count"), 1200L, Fixtures.CODES)).isEqualTo("1200");
        assertThat(RowParser.write(PROBE.column("amount"), new BigDecimal("1.25"), Fixtures.CODES)).isEqualTo("1.25");
        assertThat(RowParser.write(PROBE.column("free"), "=1+1", Fixtures.CODES)).isEqualTo("'=1+1");
        assertThat(RowParser.write(PROBE.column("free"), "plain", Fixtures.CODES)).isEqualTo("plain");
    }

    @Test
    void nullIsWrittenEmptyAndReadBackAsNull() {
        for (String column : List.of("free", "count", "amount", "day", "flag", "sex")) {
            String cell = RowParser.write(PROBE.column(column), null, Fixtures.CODES);
            assertThat(cell).isEmpty();
            assertThat(read(column, cell)).as(column).isNull();
        }
    }

    @Test
    void everyCodeOfEveryStandardListIsReadBackFromItsWrittenForm() {
        // for each list: the written "code name", the code, the Chinese name and the English name all give the code
        List<String> lists = List.of("sex", "disability", "hukou", "grade", "enrolment_status", "destination", "delivery",
                "school_type", "ownership", "post", "stage", "subject", "degree", "certificate", "class_kind",
                "population_group", "district", "zone");
        for (String name : lists) {
            Column c = Column.code("c", "代码", "code", name);
            DataSet set = new DataSet("one", "一", "one", List.of(c), List.of("c"), null, List.of(), false);
            ProblemSink s = new ProblemSink(1000);
            Header h = Header.read(set, new String[] {"代码"}, "f", "", s);
            RowParser p = new RowParser(set, h, Fixtures.CODES, "f", "", s);
            for (var l : Fixtures.CODES.get(name).labels()) {
                String written = RowParser.write(c, l.code(), Fixtures.CODES);
                assertThat(written).as(name).isEqualTo(l.code() + " " + l.zh());
                for (String cell : List.of(written, l.code(), l.zh(), l.en(), l.en().toUpperCase(Locale.ROOT))) {
                    Row r = p.parse(new String[] {cell}, 2);
                    assertThat(r).as("%s: «%s»", name, cell).isNotNull();
                    assertThat(r.text("c")).as("%s: «%s»", name, cell).isEqualTo(l.code());
                }
            }
            assertThat(s.problems()).as(name).isEmpty();
        }
    }
}
