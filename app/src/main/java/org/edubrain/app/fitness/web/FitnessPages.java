package org.edubrain.app.fitness.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.edubrain.app.fitness.FitnessReports;
import org.edubrain.app.fitness.FitnessReports.Rates;
import org.edubrain.app.registry.LearnerRecords;
import org.edubrain.app.registry.RegistryQueries;
import org.edubrain.app.registry.Views.InstitutionDetail;
import org.edubrain.app.registry.Views.OrgUnitView;
import org.edubrain.app.security.AuditLog;
import org.edubrain.app.security.CurrentUser;
import org.edubrain.app.shared.DataVersion;
import org.edubrain.app.shared.Labels;
import org.edubrain.app.shared.PdfDocuments;
import org.edubrain.core.fitness.FitnessItem;
import org.edubrain.core.fitness.FitnessScorer;
import org.edubrain.core.fitness.FitnessStandard;
import org.edubrain.core.fitness.TestGrade;
import org.edubrain.core.registry.Grade;
import org.edubrain.core.registry.Sex;
import org.edubrain.core.registry.Stage;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The fitness pages: the districts compared (and a district's schools), a school's results, a
 * student's report card (成绩报告单) as a page and as PDF. Every page checks the user's scope; a
 * student's card needs a role that sees learners, and each view of it is audited.
 */
@Controller
@RequestMapping("/fitness")
class FitnessPages {

    private final FitnessReports reports;
    private final RegistryQueries registry;
    private final LearnerRecords learners;
    private final DataVersion version;
    private final AuditLog audit;
    private final PdfDocuments pdf;
    private final Labels labels;

    FitnessPages(FitnessReports reports, RegistryQueries registry, LearnerRecords learners, DataVersion version,
            AuditLog audit, PdfDocuments pdf, Labels labels) {
        this.labels = labels;
        this.pdf = pdf;
        this.reports = reports;
        this.registry = registry;
        this.learners = learners;
        this.version = version;
        this.audit = audit;
    }

    @GetMapping
    String overview(@RequestParam(required = false) Integer year, @RequestParam(required = false) String district,
            @AuthenticationPrincipal CurrentUser me, Model model) {
        if (me.scope().institutionId() != null) {
            return "redirect:/fitness/schools/" + registry.institution(me.scope().institutionId(), me.scope()).code();
        }
        List<Integer> years = reports.years();
        int y = registry.chosenYear(year, years);
        List<OrgUnitView> units = registry.districts(y, me.scope());
        List<Rates> rates = reports.districtRates(y, units.stream().map(OrgUnitView::id).toList());
        OrgUnitView chosen = units.size() == 1 ? units.get(0)
                : units.stream().filter(u -> u.code().equals(district)).findFirst().orElse(null);
        model.addAttribute("year", y);
        model.addAttribute("years", years);
        model.addAttribute("units", units);
        java.util.Map<String, Rates> rateOf = new java.util.HashMap<>();
        rates.forEach(r -> rateOf.put(r.key(), r));
        model.addAttribute("rateOf", rateOf);
        model.addAttribute("chartNames", String.join("|", units.stream().map(u -> labels.pick(u.nameZh(), u.nameEn())).toList()));
        // the districts on a map where one ships for the city (static/js/maps/CODE.js, features named in Chinese)
        String cityCode = registry.city().map(OrgUnitView::code).orElse("");
        boolean map = !cityCode.isEmpty() && new org.springframework.core.io.ClassPathResource("static/js/maps/" + cityCode + ".js").exists();
        model.addAttribute("mapCode", map ? cityCode : null);
        model.addAttribute("mapNames", String.join("|", units.stream().map(OrgUnitView::nameZh).toList()));
        model.addAttribute("chartValues", String.join("|", units.stream()
                .map(u -> chartValue(rateOf.containsKey(u.code()) ? rateOf.get(u.code()).goodOrExcellentRate() : null)).toList()));
        model.addAttribute("city", total(rates));
        model.addAttribute("chosen", chosen);
        model.addAttribute("schools", chosen == null ? List.of() : reports.schoolsIn(y, chosen.id()));
        return "fitness/overview";
    }

    /** A rate as the charts read it from a data attribute: two decimals, empty for none. */
    static String chartValue(Double percent) {
        return percent == null ? "" : String.format(Locale.ROOT, "%.2f", percent);
    }

    /** The sum of the rows: the city (or the user's part of it). */
    static Rates total(List<Rates> rows) {
        long t = 0, e = 0, g = 0, p = 0, f = 0;
        for (Rates r : rows) {
            t += r.tested();
            e += r.excellent();
            g += r.good();
            p += r.pass();
            f += r.fail();
        }
        return new Rates("", t, e, g, p, f);
    }

    @GetMapping("/schools/{code}")
    String school(@PathVariable String code, @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal CurrentUser me, Model model) {
        int id = registry.institutionId(code, me.scope());
        InstitutionDetail inst = registry.institution(id, me.scope());
        List<Integer> years = reports.years(id);
        int y = registry.chosenYear(year, years);
        List<Rates> rates = reports.schoolRates(id, y);
        model.addAttribute("inst", inst);
        model.addAttribute("year", y);
        model.addAttribute("years", years);
        model.addAttribute("rates", rates.stream().filter(r -> !r.key().isEmpty()).toList());
        model.addAttribute("all", rates.stream().filter(r -> r.key().isEmpty()).findFirst().orElse(new Rates("", 0, 0, 0, 0, 0)));
        List<Rates> trend = reports.schoolTrend(id);
        model.addAttribute("trend", trend);
        model.addAttribute("trendYears", String.join("|", trend.stream().map(Rates::key).toList()));
        model.addAttribute("trendGood", String.join("|", trend.stream().map(r -> chartValue(r.goodOrExcellentRate())).toList()));
        model.addAttribute("trendPass", String.join("|", trend.stream().map(r -> chartValue(r.passRate())).toList()));
        model.addAttribute("totals", String.join("|", java.util.Arrays.stream(reports.totals(id, y))
                .mapToObj(Long::toString).toList()));
        model.addAttribute("items", reports.schoolItems(id, y));
        model.addAttribute("cityItems", reports.cityItemsLike(id, y, version.current()));
        model.addAttribute("allItems", FitnessReports.ITEMS);
        model.addAttribute("seesLearners", me.role().seesLearners());
        return "fitness/school";
    }

    @GetMapping("/students/{key}")
    String student(@PathVariable String key, @AuthenticationPrincipal CurrentUser me, HttpServletRequest request, Model model) {
        card(key, me, request, model::addAttribute);
        return "fitness/student";
    }

    @GetMapping("/students/{key}/card.pdf")
    ResponseEntity<byte[]> studentPdf(@PathVariable String key, @AuthenticationPrincipal CurrentUser me,
            HttpServletRequest request) throws IOException {
        java.util.Map<String, Object> vars = new java.util.HashMap<>();
        card(key, me, request, vars::put);
        vars.put("generated", java.time.LocalDate.now().toString());
        return pdf.inline("fitness/card", vars, "fitness-card-" + key + ".pdf");
    }

    /**
     * 毕业成绩 of a student whose latest result is of the final grade of primary, junior or senior
     * school: that year's total × 50% + the mean of the stage's other years × 50%
     * ({@link FitnessScorer#graduationScore}); {@code null} for any other grade.
     */
    static java.math.BigDecimal graduationScore(List<FitnessReports.Result> results, FitnessReports.Result latest) {
        Grade grade = Grade.valueOf(latest.grade());
        boolean school = grade.stage() == Stage.PRIMARY || grade.stage() == Stage.JUNIOR || grade.stage() == Stage.SENIOR;
        if (!school || !grade.isFinalGrade() || latest.get("total_score") == null) {
            return null;
        }
        int[] others = results.stream().filter(r -> r != latest && r.get("total_score") != null
                && Grade.valueOf(r.grade()).stage() == grade.stage())
                .mapToInt(r -> ((java.math.BigDecimal) r.get("total_score")).movePointRight(2).intValueExact()).toArray();
        int total = ((java.math.BigDecimal) latest.get("total_score")).movePointRight(2).intValueExact();
        return java.math.BigDecimal.valueOf(FitnessScorer.graduationScore(total, others), 2);
    }

    private interface Sink {
        void put(String name, Object value);
    }

    /** The card's content: every year's results with the school's and the city's means of the latest year. */
    private void card(String key, CurrentUser me, HttpServletRequest request, Sink sink) {
        int id = learners.learnerId(key, me);
        audit.record(me.username(), "fitness.card", "learner", key, java.util.Map.of(), request.getRemoteAddr());
        List<FitnessReports.Result> results = reports.student(id);
        if (results.isEmpty()) {
            throw new RegistryQueries.NotFound("fitness results");
        }
        FitnessReports.Result latest = results.get(results.size() - 1);
        int inst = registry.institutionId(latest.institutionCode(), me.scope());
        sink.put("key", key);
        sink.put("results", results);
        sink.put("latest", latest);
        sink.put("schoolItems", reports.schoolItems(inst, latest.year()));
        sink.put("cityItems", reports.cityItems(latest.year(), latest.grade(), latest.sex(), version.current()));
        sink.put("allItems", FitnessReports.ITEMS);
        Object bmi = latest.get("bmi");
        sink.put("bmiCategory", bmi == null ? "" : FitnessStandard.edition2014().bmiCategory(
                TestGrade.of(Grade.valueOf(latest.grade())), Sex.ofCode(latest.sex()),
                ((java.math.BigDecimal) bmi).movePointRight(1).intValueExact()).nameZh());
        sink.put("graduation", graduationScore(results, latest));
        sink.put("weak", FitnessReports.ITEMS.stream().filter(i -> {
            Object v = latest.get(i.scoreColumn());
            return v != null && ((Number) v).intValue() < 60;
        }).map(FitnessItem::code).toList());
    }
}
