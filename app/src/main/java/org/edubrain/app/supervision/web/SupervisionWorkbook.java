package org.edubrain.app.supervision.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubrain.app.supervision.web.SupervisionPages.DistrictView;
import org.edubrain.app.supervision.web.SupervisionPages.LevelView;
import org.edubrain.app.supervision.web.SupervisionPages.SchoolLine;
import org.edubrain.core.supervision.Additions;
import org.edubrain.core.supervision.ResourceIndicator;

/**
 * A district's 资源配置 report as the supervisors' workbook: 「学校指标」 (each school part's seven
 * values, met count and verdict, with the thresholds under the heads), 「差异系数」 (each indicator's
 * coefficient against its limit, per level), 「达标所需」 (the additions per school) and 「综合评估」 (every
 * part of both county evaluations with each indicator's finding, source and evidence). Numbers stay
 * numbers, unrounded, formatted to the precision the page shows.
 */
final class SupervisionWorkbook {

    private static final ResourceIndicator[] K = ResourceIndicator.values();

    private SupervisionWorkbook() {
    }

    static byte[] write(DistrictView v) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle head = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setWrapText(true);
            CellStyle two = book.createCellStyle();
            two.setDataFormat(book.createDataFormat().getFormat("0.00"));
            CellStyle three = book.createCellStyle();
            three.setDataFormat(book.createDataFormat().getFormat("0.000"));
            CellStyle whole = book.createCellStyle();
            whole.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            String title = v.unit().nameZh() + " " + v.year() + "学年 义务教育优质均衡发展资源配置";

            Sheet schools = book.createSheet("学校指标");
            int r = title(schools, title + " · 学校指标");
            Row h = schools.createRow(r++);
            String[] first = {"学段", "学校标识码", "学校名称", "学生数"};
            for (int c = 0; c < first.length; c++) {
                cell(h, c, first[c], head);
            }
            for (ResourceIndicator k : K) {
                cell(h, first.length + k.ordinal(), k.nameZh() + "（" + unit(k) + "）", head);
            }
            cell(h, first.length + K.length, "达标项数", head);
            cell(h, first.length + K.length + 1, "结论", head);
            for (LevelView l : v.levels()) {
                Row t = schools.createRow(r++);
                cell(t, 0, l.level().nameZh() + " 标准", null);
                for (ResourceIndicator k : K) {
                    number(t, first.length + k.ordinal(), k.threshold(l.level()), k.threshold(l.level()) >= 100 ? whole : two);
                }
                for (SchoolLine s : l.schools()) {
                    Row row = schools.createRow(r++);
                    cell(row, 0, l.level().nameZh(), null);
                    cell(row, 1, s.part().resources().schoolId(), null);
                    cell(row, 2, s.part().nameZh(), null);
                    number(row, 3, s.part().resources().students(), whole);
                    for (ResourceIndicator k : K) {
                        number(row, first.length + k.ordinal(), s.result().value(k), k.threshold(l.level()) >= 100 ? whole : two);
                    }
                    number(row, first.length + K.length, s.result().metCount(), whole);
                    cell(row, first.length + K.length + 1, s.result().passes() ? "达标" : "未达标", null);
                }
            }
            schools.setColumnWidth(2, 30 * 256);
            schools.createFreezePane(3, 2);

            Sheet cv = book.createSheet("差异系数");
            r = title(cv, title + " · 校际差异系数");
            Row ch = cv.createRow(r++);
            String[] heads = {"学段", "指标", "差异系数", "上限", "是否达标"};
            for (int c = 0; c < heads.length; c++) {
                cell(ch, c, heads[c], head);
            }
            for (LevelView l : v.levels()) {
                for (ResourceIndicator k : K) {
                    Row row = cv.createRow(r++);
                    cell(row, 0, l.level().nameZh(), null);
                    cell(row, 1, k.nameZh(), null);
                    number(row, 2, l.county().cv(k), three);
                    number(row, 3, l.limit(), two);
                    cell(row, 4, l.county().cvWithinLimit(k) ? "是" : "否", null);
                }
                Row verdict = cv.createRow(r++);
                cell(verdict, 0, l.level().nameZh(), null);
                cell(verdict, 1, "结论：" + l.county().schoolsPassing() + " / " + l.county().schools() + " 所学校达标，资源配置"
                        + (l.county().passes() ? "达标" : "未达标"), null);
            }
            cv.setColumnWidth(1, 44 * 256);

            Sheet add = book.createSheet("达标所需");
            r = title(add, title + " · 达标所需的最少补充");
            Row ah = add.createRow(r++);
            String[] aheads = {"学段", "学校标识码", "资源", "需增加", "单位", "补充前", "补充后", "原因"};
            for (int c = 0; c < aheads.length; c++) {
                cell(ah, c, aheads[c], head);
            }
            for (LevelView l : v.levels()) {
                List<Additions.Addition> additions = l.plan().additions();
                for (Additions.Addition a : additions) {
                    Row row = add.createRow(r++);
                    cell(row, 0, l.level().nameZh(), null);
                    cell(row, 1, a.schoolId(), null);
                    cell(row, 2, a.indicator().nameZh(), null);
                    number(row, 3, a.amount(), whole);
                    cell(row, 4, a.indicator().unitZh(), null);
                    number(row, 5, a.valueBefore(), two);
                    number(row, 6, a.valueAfter(), two);
                    cell(row, 7, switch (a.reason()) {
                        case SCHOOL -> "学校达标";
                        case CV -> "差异系数达标";
                        case BOTH -> "学校达标、差异系数达标";
                    }, null);
                }
            }
            add.setColumnWidth(2, 44 * 256);

            Sheet whole2 = book.createSheet("综合评估");
            r = title(whole2, v.unit().nameZh() + " " + v.year() + "学年 县域督导评估 · 综合评估");
            Row wh = whole2.createRow(r++);
            String[] wheads = {"评估", "方面", "序号", "指标", "标准", "结果", "来源", "证明材料", "结论"};
            for (int c = 0; c < wheads.length; c++) {
                cell(wh, c, wheads[c], head);
            }
            for (SupervisionPages.MethodView mv : v.methods()) {
                String method = mv.method().nameZh() + "（" + mv.method().document() + "）";
                Row mrow = whole2.createRow(r++);
                cell(mrow, 0, method, null);
                cell(mrow, 1, "综合", null);
                cell(mrow, 8, mv.result().status().nameZh(), null);
                for (SupervisionPages.PartView pv : mv.parts()) {
                    Row prow = whole2.createRow(r++);
                    cell(prow, 0, method, null);
                    cell(prow, 1, pv.nameZh(), null);
                    cell(prow, 8, pv.result().status().nameZh(), null);
                    for (SupervisionPages.Line ln : pv.lines()) {
                        Row row = whole2.createRow(r++);
                        cell(row, 0, method, null);
                        cell(row, 1, pv.nameZh(), null);
                        cell(row, 2, ln.indicator().number(), null);
                        cell(row, 3, ln.indicator().nameZh(), null);
                        cell(row, 4, ln.indicator().thresholdText(), null);
                        if (ln.finding().value() != null) {
                            number(row, 5, ln.finding().value(), two);
                        } else if (ln.finding().met() != null) {
                            boolean veto = pv.part() == org.edubrain.core.supervision.CountyPart.VETO;
                            cell(row, 5, veto ? (ln.finding().met() ? "未发生" : "发生") : (ln.finding().met() ? "达到" : "未达到"), null);
                        }
                        cell(row, 6, switch (ln.finding().source()) {
                            case REGISTRY -> "登记数据";
                            case ENTERED -> "录入";
                            case MISSING -> "未录入";
                        }, null);
                        cell(row, 7, ln.entry() == null ? "" : ln.entry().evidence(), null);
                        cell(row, 8, ln.status().nameZh(), null);
                    }
                }
            }
            whole2.setColumnWidth(0, 24 * 256);
            whole2.setColumnWidth(3, 50 * 256);
            whole2.setColumnWidth(7, 50 * 256);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static String unit(ResourceIndicator k) {
        return k.per() == 100 ? k.unitZh() + "/百名学生" : k.unitZh() + "/生";
    }

    private static int title(Sheet sheet, String text) {
        Row t = sheet.createRow(0);
        t.createCell(0).setCellValue(text);
        return 1;
    }

    private static void cell(Row row, int c, String text, CellStyle style) {
        var cell = row.createCell(c);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int c, double v, CellStyle style) {
        var cell = row.createCell(c);
        cell.setCellValue(v);
        cell.setCellStyle(style);
    }
}
