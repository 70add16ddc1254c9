package org.edubrain.app.supervision.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.edubrain.app.registry.RegistryQueries;
import org.edubrain.app.registry.Views.OrgUnitView;
import org.edubrain.app.security.AuditLog;
import org.edubrain.app.security.CurrentUser;
import org.edubrain.app.security.Role;
import org.edubrain.app.shared.EvidenceFile;
import org.edubrain.app.shared.PdfDocuments;
import org.edubrain.app.supervision.BalancedResources;
import org.edubrain.app.supervision.BalancedResources.Part;
import org.edubrain.app.supervision.CountyEntries;
import org.edubrain.app.supervision.CountyEvaluations;
import org.edubrain.app.supervision.PreschoolCounts;
import org.edubrain.core.registry.Coded;
import org.edubrain.core.supervision.Additions;
import org.edubrain.core.supervision.BalancedEvaluation;
import org.edubrain.core.supervision.BalancedEvaluation.CountyResult;
import org.edubrain.core.supervision.BalancedEvaluation.SchoolResult;
import org.edubrain.core.supervision.BalancedSettings;
import org.edubrain.core.supervision.CountyEvaluation;
import org.edubrain.core.supervision.CountyEvaluation.Finding;
import org.edubrain.core.supervision.CountyIndicator;
import org.edubrain.core.supervision.CountyMethod;
import org.edubrain.core.supervision.CountyPart;
import org.edubrain.core.supervision.PreschoolEvaluation;
import org.edubrain.core.supervision.PreschoolIndicator;
import org.edubrain.core.supervision.ResourceIndicator;
import org.edubrain.core.supervision.SchoolLevel;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The supervision pages of the county evaluations (教督〔2017〕6号, 教督〔2020〕1号): the districts of the
 * user's scope with their verdicts; a district's page — each school's seven values with their pass
 * marks, the coefficients with their limits, the trend over the years, what it would take to pass,
 * and every part of both evaluations with each indicator's finding, source and evidence — and its
 * reports; the preschool overview; entering a finding with its evidence (administrators and
 * supervisors, audited), an indicator's history and the evidence files. Open to the bureau's
 * administrators, supervisors (督学) and analysts within their scope; a school's administrator has
 * no district view.
 */
@Controller
@RequestMapping("/supervision")
class SupervisionPages {

    private final BalancedResources resources;
    private final PreschoolCounts preschool;
    private final RegistryQueries registry;
    private final PdfDocuments pdf;
    private final CountyEvaluations evaluations;
    private final CountyEntries entries;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    SupervisionPages(BalancedResources resources, PreschoolCounts preschool, RegistryQueries registry,
            PdfDocuments pdf, CountyEvaluations evaluations, CountyEntries entries, AuditLog audit, JdbcClient jdbc,
            TransactionTemplate tx) {
        this.resources = resources;
        this.preschool = preschool;
        this.registry = registry;
        this.pdf = pdf;
        this.evaluations = evaluations;
        this.entries = entries;
        this.audit = audit;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** The verdicts as last computed ({@code county_evaluation}): by unit id, then method and part code ("overall" the whole). */
    private Map<Integer, Map<String, CountyEvaluation.Status>> stored(int year, List<OrgUnitView> units) {
        Map<Integer, Map<String, CountyEvaluation.Status>> m = new java.util.HashMap<>();
        jdbc.sql("select org_unit_id, method || '.' || part, status from county_evaluation where school_year = :y and org_unit_id = any(:ids)")
                .param("y", year).param("ids", units.stream().map(OrgUnitView::id).toArray(Integer[]::new)).query((rs, n) -> {
                    m.computeIfAbsent(rs.getInt(1), k -> new java.util.HashMap<>())
                            .put(rs.getString(2), Coded.ofCode(CountyEvaluation.Status.class, rs.getString(3)));
                    return null;
                }).list();
        return m;
    }

    /** A district's line of the preschool evaluation. */
    record PreschoolLine(OrgUnitView unit, PreschoolEvaluation evaluation, Map<PreschoolIndicator, Double> values) {
    }

    /** 县域学前教育普及普惠 (教督〔2020〕1号): each district's indicators against their thresholds. */
    @GetMapping("/preschool")
    String preschool(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser me, Model model) {
        requireRole(me);
        int y = year(year);
        List<OrgUnitView> units = units(y, me);
        Map<Integer, PreschoolEvaluation> counts = preschool.of(y, units.stream().map(OrgUnitView::id).toList());
        List<PreschoolLine> lines = units.stream()
                .map(u -> new PreschoolLine(u, counts.get(u.id()), counts.get(u.id()).values())).toList();
        model.addAttribute("year", y);
        model.addAttribute("years", registry.years());
        model.addAttribute("lines", lines);
        model.addAttribute("indicators", List.of(PreschoolIndicator.values()));
        model.addAttribute("passing", lines.stream().filter(l -> l.evaluation().universalAndInclusive()).count());
        model.addAttribute("stored", stored(y, units));
        return "supervision/preschool";
    }

    /** A district and level as the overview lists it. */
    record Verdict(OrgUnitView unit, SchoolLevel level, CountyResult result, int cvOver) {
    }

    /** A school part's line: its evaluation and how far each value is from its threshold. */
    record SchoolLine(Part part, SchoolResult result, boolean[] underFloor) {
    }

    /** One level of a district: the verdict, its schools, what it takes. */
    record LevelView(SchoolLevel level, CountyResult county, List<SchoolLine> schools, Additions.CountyPlan plan, double limit) {

        /** The schools that would add to a resource. */
        public long schoolsAdding(ResourceIndicator k) {
            return plan.additions().stream().filter(a -> a.indicator() == k).count();
        }
    }

    /** One indicator's coefficients over the years, as an SVG polyline and its last value. */
    record Series(ResourceIndicator indicator, String points, String colour, double last) {
    }

    /**
     * A level's coefficients of variation over the years against its limit, drawn in a 600 × 220
     * box: x the years (60 … 580), y the coefficient from 0 up to the larger of 1.5 × the limit and
     * the highest value (200 … 20).
     */
    record TrendChart(SchoolLevel level, double limit, double top, List<Series> series, List<int[]> years, double limitY) {
    }

    private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2"};

    static List<TrendChart> charts(List<TrendYear> trend) {
        List<TrendChart> charts = new ArrayList<>();
        for (SchoolLevel level : List.of(SchoolLevel.PRIMARY, SchoolLevel.JUNIOR)) {
            List<TrendYear> with = trend.stream().filter(t -> (level == SchoolLevel.PRIMARY ? t.primary() : t.junior()) != null).toList();
            if (with.size() < 2) {
                continue;
            }
            double limit = BalancedSettings.DEFAULT.cvLimit(level);
            double top = 1.5 * limit;
            for (TrendYear t : with) {
                CountyResult c = level == SchoolLevel.PRIMARY ? t.primary() : t.junior();
                for (ResourceIndicator k : ResourceIndicator.values()) {
                    top = Math.max(top, c.cv(k));
                }
            }
            double yTop = top;
            java.util.function.IntToDoubleFunction x = i -> 60 + 520.0 * i / (with.size() - 1); // two years at least
            java.util.function.DoubleUnaryOperator y = v -> 200 - 180 * v / yTop;
            List<Series> series = new ArrayList<>();
            for (ResourceIndicator k : ResourceIndicator.values()) {
                StringBuilder points = new StringBuilder();
                double last = 0;
                for (int i = 0; i < with.size(); i++) {
                    CountyResult c = level == SchoolLevel.PRIMARY ? with.get(i).primary() : with.get(i).junior();
                    last = c.cv(k);
                    points.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x.applyAsDouble(i), y.applyAsDouble(last)));
                }
                series.add(new Series(k, points.toString().trim(), COLOURS[k.ordinal()], last));
            }
            List<int[]> years = new ArrayList<>();
            for (int i = 0; i < with.size(); i++) {
                years.add(new int[] {with.get(i).year(), (int) Math.round(x.applyAsDouble(i))});
            }
            charts.add(new TrendChart(level, limit, top, series, years, y.applyAsDouble(limit)));
        }
        return charts;
    }

    /** A year of the trend: the verdict per level (null where the level has no school). */
    record TrendYear(int year, CountyResult primary, CountyResult junior) {
    }

    /** The roles with a district view (an allow-list: a role added later has none until it is given one). */
    private static final java.util.Set<Role> ROLES = java.util.Set.of(Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.SUPERVISOR,
            Role.ANALYST);

    private static void requireRole(CurrentUser me) {
        if (!ROLES.contains(me.role())) {
            throw new AccessDeniedException("this role has no district supervision view");
        }
    }

    private int year(Integer requested) {
        List<Integer> years = registry.years();
        return requested != null && years.contains(requested) ? requested : registry.latestYear();
    }

    private List<OrgUnitView> units(int year, CurrentUser me) {
        return registry.districts(year, me.scope());
    }

    /** The district of this code if the user's scope holds it in that year; 404 otherwise. */
    private OrgUnitView unitInScope(String code, int year, CurrentUser me) {
        return units(year, me).stream().filter(u -> u.code().equals(code)).findFirst()
                .orElseThrow(() -> new RegistryQueries.NotFound("district " + code));
    }

    @GetMapping
    String overview(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser me, Model model) {
        requireRole(me);
        int y = year(year);
        List<OrgUnitView> units = units(y, me);
        BalancedEvaluation.Result result = BalancedResources.evaluate(resources.parts(y, units.stream().map(OrgUnitView::id).toList()));
        List<Verdict> verdicts = new ArrayList<>();
        for (OrgUnitView u : units) {
            for (CountyResult c : result.counties()) {
                if (c.county().equals(u.code())) {
                    int over = 0;
                    for (ResourceIndicator k : ResourceIndicator.values()) {
                        over += c.cvWithinLimit(k) ? 0 : 1;
                    }
                    verdicts.add(new Verdict(u, c.level(), c, over));
                }
            }
        }
        model.addAttribute("year", y);
        model.addAttribute("years", registry.years());
        model.addAttribute("verdicts", verdicts);
        model.addAttribute("passing", verdicts.stream().map(Verdict::unit).distinct()
                .filter(u -> verdicts.stream().filter(v -> v.unit().equals(u)).allMatch(v -> v.result().passes())).count());
        model.addAttribute("districts", verdicts.stream().map(Verdict::unit).distinct().count());
        model.addAttribute("stored", stored(y, units));
        return "supervision/overview";
    }

    @GetMapping("/districts/{code}")
    String district(@PathVariable String code, @RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser me,
            Model model) {
        DistrictView v = districtView(code, year, me);
        List<TrendYear> trend = new ArrayList<>();
        for (int t : registry.years()) {
            Map<SchoolLevel, CountyResult> byLevel = new LinkedHashMap<>();
            // the page's own year is evaluated already
            List<CountyResult> counties = t == v.year() ? v.levels().stream().map(LevelView::county).toList()
                    : BalancedResources.evaluate(resources.parts(t, List.of(v.unit().id()))).counties();
            for (CountyResult c : counties) {
                byLevel.put(c.level(), c);
            }
            trend.add(new TrendYear(t, byLevel.get(SchoolLevel.PRIMARY), byLevel.get(SchoolLevel.JUNIOR)));
        }
        trend.sort(java.util.Comparator.comparingInt(TrendYear::year));
        v.into(model::addAttribute);
        model.addAttribute("years", registry.years());
        model.addAttribute("trend", trend);
        model.addAttribute("charts", charts(trend));
        model.addAttribute("canEnter", ENTERING.contains(me.role()));
        return "supervision/district";
    }

    /** The roles that enter findings with evidence: the bureau's administrators and the supervisors, within their scope. */
    private static final java.util.Set<Role> ENTERING = java.util.Set.of(Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.SUPERVISOR);

    /** An indicator's line: what was found, the entry in force, whether an entry may decide it. */
    record Line(CountyIndicator indicator, Finding finding, CountyEntries.Stored entry) {

        /** An entry decides the indicator: always, but for a registry indicator only while the registry has no value. */
        public boolean enterable() {
            return indicator.kind() != CountyIndicator.Kind.REGISTRY || finding.source() != CountyEvaluation.Source.REGISTRY;
        }

        public CountyEvaluation.Status status() {
            return finding.status();
        }
    }

    /** A part of a method: its verdict and lines. */
    record PartView(CountyPart part, String nameZh, CountyEvaluation.PartResult result, List<Line> lines) {
    }

    /** A method on the page. */
    record MethodView(CountyMethod method, CountyEvaluation.Result result, List<PartView> parts) {
    }

    static List<MethodView> methodViews(CountyEvaluations.County county) {
        List<MethodView> out = new ArrayList<>();
        for (CountyMethod m : CountyMethod.values()) {
            CountyEvaluation.Result r = county.result(m);
            List<PartView> parts = new ArrayList<>();
            for (CountyPart part : m.parts()) {
                List<Line> lines = CountyIndicator.of(m, part).stream()
                        .map(k -> new Line(k, county.findings().get(k), county.entries().get(k))).toList();
                parts.add(new PartView(part, part.nameZh(m), r.parts().get(part), lines));
            }
            out.add(new MethodView(m, r, parts));
        }
        return out;
    }

    /**
     * A figure or finding entered with its evidence for an indicator of a district and year (a new
     * entry; the earlier ones stay as its history); audited. A registry indicator takes an entry only
     * while the registry has no value for it.
     */
    @PostMapping("/districts/{code}/entries")
    String enter(@PathVariable String code, @RequestParam int year, @RequestParam String indicator,
            @RequestParam(required = false) String value, @RequestParam(required = false) String met,
            @RequestParam(required = false) String evidence, @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser me, HttpServletRequest request, RedirectAttributes redirect) throws IOException {
        if (!ENTERING.contains(me.role())) {
            throw new AccessDeniedException("this role does not enter supervision findings");
        }
        if (!registry.years().contains(year)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "没有该年度的数据 / no data for year " + year);
        }
        OrgUnitView unit = unitInScope(code, year, me);
        CountyIndicator k = CountyIndicator.ofCode(indicator)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "未知指标 / unknown indicator"));
        // only an indicator the registry may decide needs the evaluation to know whether it does
        if (k.kind() == CountyIndicator.Kind.REGISTRY
                && !new Line(k, evaluations.of(year, unit.id()).findings().get(k), null).enterable()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "该指标由学籍与统计数据计算，不能录入 / the registry decides this indicator");
        }
        Double number = null;
        if (value != null && !value.isBlank()) {
            try {
                number = Double.valueOf(value.strip());
            } catch (NumberFormatException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "数值格式不正确 / not a number: " + value.strip());
            }
        }
        Boolean finding = met == null || met.isBlank() ? null : switch (met) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "met must be yes or no");
        };
        EvidenceFile evidenceFile = EvidenceFile.of(file);
        Double figure = number;
        Boolean verdict = finding;
        // the entry, its file and its audit record together or not at all
        tx.executeWithoutResult(status -> {
            try {
                entries.enter(unit.id(), year, k, figure, verdict, evidence, evidenceFile, me.username());
            } catch (CountyEntries.Invalid e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
            }
            Map<String, Object> detail = new java.util.LinkedHashMap<>();
            detail.put("year", year);
            detail.put("indicator", k.code());
            detail.put(k.figure() ? "value" : "met", k.figure() ? figure : verdict);
            if (evidenceFile != null) {
                detail.put("file", evidenceFile.name());
                detail.put("sha256", evidenceFile.sha256());
            }
            audit.record(me.username(), "supervision.entry", "district", code, detail, request.getRemoteAddr());
        });
        evaluations.refresh(year, unit.id());
        redirect.addFlashAttribute("saved", k.code());
        return "redirect:/supervision/districts/" + code + "?year=" + year + "#" + k.method().code() + "-" + k.code();
    }

    /** Every entry of an indicator for a district and year, the latest first. */
    @GetMapping("/districts/{code}/indicators/{indicator}")
    String history(@PathVariable String code, @PathVariable String indicator, @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal CurrentUser me, Model model) {
        requireRole(me);
        int y = year(year);
        OrgUnitView unit = unitInScope(code, y, me);
        CountyIndicator k = CountyIndicator.ofCode(indicator).orElseThrow(() -> new RegistryQueries.NotFound("indicator " + indicator));
        model.addAttribute("unit", unit);
        model.addAttribute("year", y);
        model.addAttribute("indicator", k);
        model.addAttribute("entries", entries.history(unit.id(), y, k));
        model.addAttribute("canEnter", ENTERING.contains(me.role()));
        return "supervision/indicator";
    }

    /**
     * An evidence file, to the administrators and supervisors who see its district in the entry's
     * year (a document may name pupils or teachers: analysts, who see no learner-level records, do not get it).
     */
    @GetMapping("/evidence/{id}")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        if (!ENTERING.contains(me.role())) {
            throw new AccessDeniedException("this role does not read evidence files");
        }
        CountyEntries.File f = entries.file(id);
        if (f == null || units(f.year(), me).stream().noneMatch(u -> u.id() == f.orgUnitId())) {
            throw new RegistryQueries.NotFound("evidence " + id);
        }
        return EvidenceFile.download(f.name(), f.mediaType(), f.content());
    }

    /** The district's report as supervisors file it, in PDF (CJK fonts shipped with the application). */
    @GetMapping("/districts/{code}/report.pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable String code, @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal CurrentUser me) throws IOException {
        DistrictView v = districtView(code, year, me);
        Map<String, Object> vars = new java.util.HashMap<>();
        v.into(vars::put);
        vars.put("generated", java.time.LocalDate.now().toString());
        return pdf.inline("supervision/report", vars, "supervision-" + code + "-" + v.year() + ".pdf");
    }

    /** The same report as an xlsx workbook: the schools' values, the coefficients, what it takes. */
    @GetMapping("/districts/{code}/report.xlsx")
    ResponseEntity<byte[]> reportXlsx(@PathVariable String code, @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal CurrentUser me) throws IOException {
        DistrictView v = districtView(code, year, me);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("supervision-" + code + "-" + v.year() + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(SupervisionWorkbook.write(v));
    }

    /** What the district's page and report show. */
    record DistrictView(OrgUnitView unit, int year, List<LevelView> levels, boolean passes, List<MethodView> methods) {

        void into(Sink sink) {
            sink.put("unit", unit);
            sink.put("year", year);
            sink.put("levels", levels);
            sink.put("indicators", List.of(ResourceIndicator.values()));
            sink.put("passes", passes);
            sink.put("methods", methods);
        }
    }

    interface Sink {
        void put(String name, Object value);
    }

    private DistrictView districtView(String code, Integer year, CurrentUser me) {
        requireRole(me);
        int y = year(year);
        OrgUnitView unit = unitInScope(code, y, me);
        List<Part> parts = resources.parts(y, List.of(unit.id()));
        BalancedEvaluation evaluation = new BalancedEvaluation();
        List<org.edubrain.core.supervision.SchoolResources> schools = parts.stream().map(Part::resources).toList();
        BalancedEvaluation.Result result = evaluation.evaluate(schools);
        List<Additions.CountyPlan> plans = new Additions(evaluation).plan(schools);
        List<LevelView> levels = new ArrayList<>();
        for (int c = 0; c < result.counties().size(); c++) {
            CountyResult county = result.counties().get(c);
            List<SchoolLine> lines = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                SchoolResult s = result.schools().get(i);
                if (s.school().level() == county.level()) {
                    boolean[] under = new boolean[ResourceIndicator.values().length];
                    for (ResourceIndicator k : ResourceIndicator.values()) {
                        // decided as the verdict decides it: exactly, against the exact floor
                        under[k.ordinal()] = !s.met(k) && !evaluation.reaches(k, s.school().resource(k), s.school().students(),
                                evaluation.floor(k, county.level()));
                    }
                    lines.add(new SchoolLine(parts.get(i), s, under));
                }
            }
            levels.add(new LevelView(county.level(), county, lines, plans.get(c), BalancedSettings.DEFAULT.cvLimit(county.level())));
        }
        levels.sort(java.util.Comparator.comparing(LevelView::level));
        boolean passes = !levels.isEmpty() && levels.stream().allMatch(l -> l.county().passes());
        return new DistrictView(unit, y, levels, passes, methodViews(evaluations.of(y, unit.id(), levels.isEmpty() ? null : passes)));
    }
}
