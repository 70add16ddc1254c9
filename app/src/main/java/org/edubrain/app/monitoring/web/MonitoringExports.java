package org.edubrain.app.monitoring.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubrain.app.monitoring.MonitoringViews;
import org.edubrain.app.monitoring.OrgUnits;
import org.edubrain.app.shared.Labels;
import org.edubrain.app.shared.PdfDocuments;
import org.edubrain.core.plan.Plan;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every monitoring table as an xlsx workbook, and the plan-progress report as PDF with the CJK
 * font that ships inside the application.
 */
@Controller
@RequestMapping("/monitoring")
class MonitoringExports {

    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final MonitoringPages pages;
    private final MonitoringViews views;
    private final OrgUnits orgUnits;
    private final Labels labels;
    private final PdfDocuments pdf;

    MonitoringExports(MonitoringPages pages, MonitoringViews views, OrgUnits orgUnits, Labels labels, PdfDocuments pdf) {
        this.pages = pages;
        this.views = views;
        this.orgUnits = orgUnits;
        this.labels = labels;
        this.pdf = pdf;
    }

    /** A table: a header and rows of cells (String or Double). */
    private record Table(String name, List<String> header, List<List<Object>> rows) {
    }

    private static ResponseEntity<byte[]> xlsx(String file, List<Table> tables) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            for (Table t : tables) {
                Sheet sheet = wb.createSheet(t.name());
                Row h = sheet.createRow(0);
                for (int i = 0; i < t.header().size(); i++) {
                    Cell c = h.createCell(i);
                    c.setCellValue(t.header().get(i));
                    c.setCellStyle(bold);
                }
                int r = 1;
                for (List<Object> row : t.rows()) {
                    Row x = sheet.createRow(r++);
                    for (int i = 0; i < row.size(); i++) {
                        Object v = row.get(i);
                        Cell c = x.createCell(i);
                        if (v instanceof Double d && !d.isNaN()) {
                            c.setCellValue(d);
                        } else if (v instanceof Number n) {
                            c.setCellValue(n.doubleValue());
                        } else if (v != null && !(v instanceof Double)) {
                            c.setCellValue(neutralise(v.toString()));
                        }
                    }
                }
                sheet.createFreezePane(0, 1);
                for (int i = 0; i < t.header().size(); i++) {
                    sheet.setColumnWidth(i, Math.min(60, Math.max(10, t.header().get(i).length() * 2 + 4)) * 256);
                }
            }
            wb.write(out);
            return ResponseEntity.ok().contentType(XLSX)
                    .header("Content-Disposition", ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8)
                            .build().toString())
                    .body(out.toByteArray());
        }
    }

    /** Text that a spreadsheet would read as a formula gets a leading apostrophe's worth of safety. */
    static String neutralise(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    private String name(String zh, String en) {
        return labels.pick(zh, en);
    }

    @GetMapping("/export/overview.xlsx")
    ResponseEntity<byte[]> overview(@RequestParam(required = false) String plan, @RequestParam(required = false) Integer year)
            throws IOException {
        Plan p = pages.plan(plan);
        int y = pages.year(p, year);
        OrgUnits.Unit unit = orgUnits.byCode(p.orgUnit(), p.orgUnit());
        List<List<Object>> rows = new ArrayList<>();
        for (MonitoringViews.IndicatorLine l : views.lines(p, unit, y, false)) {
            var v = l.latest();
            rows.add(List.of(l.indicator().code(), name(l.indicator().nameZh(), l.indicator().nameEn()),
                    l.indicator().main() ? "main" : "target", nz(l.baseline()), nz(v == null ? null : v.value()),
                    nz(v == null ? null : v.numerator()), nz(v == null ? null : v.denominator()), nz(l.target()),
                    v == null ? "no_data" : v.status(), nz(v == null ? null : v.expected()),
                    nz(v == null ? null : v.requiredPerYear()), nz(v == null ? null : v.forecast()),
                    nz(v == null ? null : v.forecastLower()), nz(v == null ? null : v.forecastUpper()),
                    nz(v == null ? null : v.completeness())));
        }
        return xlsx("plan-" + p.code() + "-" + y + ".xlsx", List.of(new Table(String.valueOf(y), List.of("indicator",
                "name", "kind", "baseline", "value", "numerator", "denominator", "target", "status", "path", "required_per_year",
                "forecast", "forecast_lower_80", "forecast_upper_80", "completeness"), rows)));
    }

    @GetMapping("/export/indicators/{code}.xlsx")
    ResponseEntity<byte[]> indicator(@PathVariable String code, @RequestParam(required = false) String plan,
            @RequestParam(required = false) Integer year) throws IOException {
        Plan p = pages.plan(plan);
        int y = pages.year(p, year);
        Plan.Indicator i = p.indicator(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<List<Object>> units = new ArrayList<>();
        for (MonitoringViews.UnitValue u : views.acrossUnits(p, i, y)) {
            var v = u.value();
            units.add(List.of(u.unit().code(), name(u.unit().nameZh(), u.unit().nameEn()), nz(v == null ? null : v.value()),
                    nz(v == null ? null : v.numerator()), nz(v == null ? null : v.denominator()),
                    v == null ? "no_data" : v.status(), nz(v == null ? null : v.completeness()),
                    nz(u.whatIf() == null ? null : u.whatIf().requiredNumerator()),
                    nz(u.whatIf() == null ? null : u.whatIf().gap())));
        }
        OrgUnits.Unit unit = orgUnits.byCode(p.orgUnit(), p.orgUnit());
        List<List<Object>> series = new ArrayList<>();
        views.lines(p, unit, y, false).stream().filter(l -> l.indicator().code().equals(code)).findFirst()
                .ifPresent(l -> l.series().forEach(v -> series.add(List.of((double) v.year(), nz(v.value()), nz(v.numerator()),
                        nz(v.denominator()), nz(v.expected()), v.status(), nz(v.forecast()), nz(v.forecastLower()),
                        nz(v.forecastUpper())))));
        return xlsx(code + "-" + y + ".xlsx", List.of(
                new Table("units " + y, List.of("org_unit", "name", "value", "numerator", "denominator", "status",
                        "completeness", "required_numerator", "gap"), units),
                new Table("series", List.of("year", "value", "numerator", "denominator", "path", "status", "forecast",
                        "forecast_lower_80", "forecast_upper_80"), series)));
    }

    @GetMapping("/export/districts/{code}.xlsx")
    ResponseEntity<byte[]> district(@PathVariable String code, @RequestParam(required = false) String plan,
            @RequestParam(required = false) Integer year) throws IOException {
        Plan p = pages.plan(plan);
        int y = pages.year(p, year);
        OrgUnits.Unit u = orgUnits.byCode(code, p.orgUnit());
        if (u == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (MonitoringViews.IndicatorLine l : views.lines(p, u, y, false)) {
            var v = l.latest();
            rows.add(List.of(l.indicator().code(), name(l.indicator().nameZh(), l.indicator().nameEn()), nz(l.baseline()),
                    nz(v == null ? null : v.value()), nz(l.target()), v == null ? "no_data" : v.status(),
                    (double) l.rank(), (double) l.ranked()));
        }
        return xlsx(code + "-" + y + ".xlsx", List.of(new Table(code, List.of("indicator", "name", "baseline", "value",
                "target", "status", "rank", "ranked"), rows)));
    }

    @GetMapping("/export/projects.xlsx")
    ResponseEntity<byte[]> projects(@RequestParam(required = false) String plan, @RequestParam(required = false) Integer year)
            throws IOException {
        Plan p = pages.plan(plan);
        int y = pages.year(p, year);
        List<List<Object>> rows = new ArrayList<>();
        for (MonitoringViews.ProjectProgress pp : views.projects(p, y)) {
            for (MonitoringViews.TargetProgress t : pp.targets()) {
                rows.add(row(pp.project().code(), t));
            }
        }
        for (MonitoringViews.TargetProgress t : views.otherTargets(p, y)) {
            rows.add(row("", t));
        }
        return xlsx("targets-" + p.code() + "-" + y + ".xlsx", List.of(new Table("targets", List.of("key_project", "target",
                "text", "section", "kind", "value", "progress_pct", "latest_note", "evidence_files"), rows)));
    }

    private static List<Object> row(String project, MonitoringViews.TargetProgress t) {
        List<Object> r = new ArrayList<>();
        r.add(project);
        r.add(t.target().code());
        r.add(t.target().textZh());
        r.add(t.target().section() == null ? "" : t.target().section());
        r.add(t.target().measured() ? "measured" : "milestone");
        r.add(nz(t.value() == null ? null : t.value().value()));
        r.add(nz(t.progressPct()));
        r.add(t.latestNote() == null ? "" : t.latestNote());
        r.add((double) t.evidence());
        return r;
    }

    private static Double nz(Double d) {
        return d == null ? Double.NaN : d;
    }

    /** The plan-progress report as PDF (Chinese, with the shipped Noto Sans SC font). */
    @GetMapping("/report.pdf")
    ResponseEntity<byte[]> report(@RequestParam(required = false) String plan, @RequestParam(required = false) Integer year)
            throws IOException {
        Plan p = pages.plan(plan);
        int y = pages.year(p, year);
        OrgUnits.Unit unit = orgUnits.byCode(p.orgUnit(), p.orgUnit());
        java.util.Map<String, Object> vars = new java.util.HashMap<>();
        vars.put("plan", p);
        vars.put("year", y);
        vars.put("unit", unit);
        vars.put("lines", views.lines(p, unit, y, true));
        vars.put("districts", p.mainIndicators().stream().map(i -> views.acrossUnits(p, i, y)).toList());
        vars.put("projects", views.projects(p, y));
        vars.put("generated", java.time.LocalDate.now().toString());
        return pdf.inline("monitoring/report", vars, "plan-progress-" + p.code() + "-" + y + ".pdf");
    }
}
