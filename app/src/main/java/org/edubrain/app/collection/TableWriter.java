package org.edubrain.app.collection;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.edubrain.core.collection.CodeList;
import org.edubrain.core.collection.CodeLists;
import org.edubrain.core.collection.Column;
import org.edubrain.core.collection.ColumnType;
import org.edubrain.core.collection.DataSet;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * Writes a data set's rows in the template's layout: row 1 the Chinese headers (a required column
 * marked {@code *}), optionally row 2 the English ones, then the data. CSV is UTF-8 with a
 * byte-order mark (so that spreadsheets open Chinese text right); xlsx is written as a stream
 * (SXSSF, inline strings: memory flat in the number of rows), with a drop-down on every code
 * column from a sheet of the code lists, and a sheet of notes.
 */
abstract class TableWriter implements AutoCloseable {

    static final int XLSX_MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    final DataSet set;
    final boolean english;

    TableWriter(DataSet set, boolean english) {
        this.set = set;
        this.english = english;
    }

    static String header(Column c) {
        return c.headerZh() + (c.required() ? " *" : "");
    }

    static TableWriter open(String format, DataSet set, CodeLists codes, boolean english, OutputStream out) throws IOException {
        return "xlsx".equals(format) ? new Xlsx(set, codes, english, out) : new Csv(set, english, out);
    }

    /** One data row; numbers may be given as Long or BigDecimal (xlsx writes them as numbers), the rest as text. */
    abstract void row(Object[] cells) throws IOException;

    @Override
    public abstract void close() throws IOException;

    static final class Csv extends TableWriter {
        private final OutputStreamWriter writer;
        private final CsvWriter csv;
        private final String[] line;

        Csv(DataSet set, boolean english, OutputStream out) throws IOException {
            super(set, english);
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
            line = new String[set.columns().size()];
            csv.writeRecord(set.columns().stream().map(TableWriter::header).toList());
            if (english) {
                csv.writeRecord(set.columns().stream().map(Column::headerEn).toList());
            }
        }

        @Override
        void row(Object[] cells) {
            for (int i = 0; i < cells.length; i++) {
                line[i] = cells[i] == null ? "" : cells[i].toString();
            }
            csv.writeRecord(line);
        }

        @Override
        public void close() throws IOException {
            csv.flush();
            writer.flush();
        }
    }

    static final class Xlsx extends TableWriter {
        private final SXSSFWorkbook book = new SXSSFWorkbook(null, 200, true, false);
        private final SXSSFSheet sheet;
        private final OutputStream out;
        private final CellStyle text;
        private int next;

        Xlsx(DataSet set, CodeLists codes, boolean english, OutputStream out) {
            super(set, english);
            this.out = out;
            sheet = book.createSheet(set.nameZh());
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle head = book.createCellStyle();
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setBorderBottom(BorderStyle.THIN);
            text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            List<Column> cols = set.columns();
            SXSSFRow h = sheet.createRow(next++);
            for (int i = 0; i < cols.size(); i++) {
                var cell = h.createCell(i);
                cell.setCellValue(header(cols.get(i)));
                cell.setCellStyle(head);
                sheet.setColumnWidth(i, Math.min(60, Math.max(10, cols.get(i).headerZh().length() * 2 + 4)) * 256);
                // durations too: Excel would turn 3:25 typed into a number cell into a time of day
                if (cols.get(i).type() != ColumnType.INTEGER && cols.get(i).type() != ColumnType.DECIMAL) {
                    sheet.setDefaultColumnStyle(i, text);
                }
            }
            if (english) {
                SXSSFRow e = sheet.createRow(next++);
                for (int i = 0; i < cols.size(); i++) {
                    var cell = e.createCell(i);
                    cell.setCellValue(cols.get(i).headerEn());
                    cell.setCellStyle(head);
                }
            }
            sheet.createFreezePane(0, next);
            codeLists(codes);
            notes(codes);
        }

        /** A sheet with the code lists, one per column, and a drop-down on each code column of the data sheet. */
        private void codeLists(CodeLists codes) {
            SXSSFSheet lists = book.createSheet("代码表");
            DataValidationHelper helper = sheet.getDataValidationHelper();
            int col = 0;
            List<List<String>> columns = new java.util.ArrayList<>();
            List<String> names = new java.util.ArrayList<>();
            for (int i = 0; i < set.columns().size(); i++) {
                Column c = set.columns().get(i);
                if (c.type() != ColumnType.CODE) {
                    continue;
                }
                CodeList list = codes.get(c.codeList());
                List<String> shown = list.labels().stream().map(l -> list.shown(l.code())).toList();
                columns.add(shown);
                names.add(c.headerZh());
                String ref = "'代码表'!$" + letters(col) + "$2:$" + letters(col) + "$" + (shown.size() + 1);
                Name name = book.createName();
                name.setNameName("list_" + set.name() + "_" + c.name());
                name.setRefersToFormula(ref);
                DataValidation v = helper.createValidation(helper.createFormulaListConstraint(name.getNameName()),
                        new CellRangeAddressList(next, XLSX_MAX_ROWS - 1, i, i));
                v.setShowErrorBox(true);
                v.createErrorBox("代码不在代码表中", "请从下拉列表中选择 / choose from the list");
                v.setSuppressDropDownArrow(true);
                sheet.addValidationData(v);
                col++;
            }
            int longest = columns.stream().mapToInt(List::size).max().orElse(0);
            for (int r = 0; r <= longest; r++) {
                SXSSFRow row = lists.createRow(r);
                for (int c = 0; c < columns.size(); c++) {
                    if (r == 0) {
                        row.createCell(c).setCellValue(names.get(c));
                    } else if (r <= columns.get(c).size()) {
                        row.createCell(c).setCellValue(columns.get(c).get(r - 1));
                    }
                }
            }
        }

        private void notes(CodeLists codes) {
            SXSSFSheet notes = book.createSheet("填写说明");
            String[] head = {"列（中文）", "column (English)", "必填", "类型", "说明"};
            SXSSFRow h = notes.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            int r = 1;
            for (Column c : set.columns()) {
                SXSSFRow row = notes.createRow(r++);
                row.createCell(0).setCellValue(c.headerZh());
                row.createCell(1).setCellValue(c.headerEn());
                row.createCell(2).setCellValue(c.required() ? "是" : "否");
                row.createCell(3).setCellValue(switch (c.type()) {
                    case TEXT -> c.maxLength() > 0 ? "文本（至多" + c.maxLength() + "字）" : "文本";
                    case INTEGER -> "整数" + (c.min() == null ? "" : "（" + c.min() + "–" + c.max() + "）");
                    case DECIMAL -> "数字（至多" + c.scale() + "位小数）";
                    case SECONDS -> "秒数（至多" + c.scale() + "位小数），或分秒如 3'25";
                    case DATE -> "日期（如 2024-09-01）";
                    case BOOLEAN -> "是/否";
                    case CODE -> "代码（见“代码表”）";
                });
                StringBuilder help = new StringBuilder(c.helpZh() == null ? "" : c.helpZh());
                if (set.key().contains(c.name())) {
                    help.append(help.length() == 0 ? "" : "；").append("主键之一：相同主键的行更新原记录");
                }
                if (c.defaultValue() != null) {
                    help.append(help.length() == 0 ? "" : "；").append("留空为“").append(c.defaultValue()).append("”");
                }
                row.createCell(4).setCellValue(help.toString());
            }
            notes.setColumnWidth(0, 30 * 256);
            notes.setColumnWidth(1, 34 * 256);
            notes.setColumnWidth(3, 24 * 256);
            notes.setColumnWidth(4, 70 * 256);
        }

        static String letters(int col) {
            StringBuilder sb = new StringBuilder();
            for (int c = col + 1; c > 0; c = (c - 1) / 26) {
                sb.insert(0, (char) ('A' + (c - 1) % 26));
            }
            return sb.toString();
        }

        @Override
        void row(Object[] cells) throws IOException {
            if (next >= XLSX_MAX_ROWS) {
                throw new IOException("more rows than an xlsx sheet holds (" + (XLSX_MAX_ROWS - 1)
                        + "); export one year, or CSV / 超过 xlsx 工作表的行数上限，请按学年导出或导出为 CSV");
            }
            SXSSFRow row = sheet.createRow(next++);
            for (int i = 0; i < cells.length; i++) {
                Object v = cells[i];
                if (v == null) {
                    continue;
                }
                var cell = row.createCell(i);
                if (v instanceof Long l) {
                    cell.setCellValue(l);
                } else if (v instanceof java.math.BigDecimal d) {
                    cell.setCellValue(d.doubleValue());
                } else {
                    cell.setCellValue(v.toString());
                    cell.setCellStyle(text);
                }
            }
        }

        @Override
        public void close() throws IOException {
            try {
                book.write(out);
            } finally {
                book.close();
            }
        }
    }
}
