package org.edubrain.app.valueadded.web;

import java.util.List;
import java.util.Map;

import org.edubrain.app.registry.RegistryQueries;
import org.edubrain.app.registry.Views.InstitutionDetail;
import org.edubrain.app.registry.Views.OrgUnitView;
import org.edubrain.app.security.CurrentUser;
import org.edubrain.app.shared.Labels;
import org.edubrain.app.valueadded.GrowthResults;
import org.edubrain.app.valueadded.GrowthResults.GrowthFigure;
import org.edubrain.app.valueadded.GrowthResults.SchoolLine;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The value-added pages (增值评价): the schools and districts compared — growth (median growth
 * percentile) against achievement, as a quadrant chart and as tables — and a school's page by
 * subject and grade, with the method in words a principal can follow. Every page keeps to the
 * user's scope: a district's users see their district, a school's users their school. Only counts
 * and medians are shown; no student appears.
 */
@Controller
@RequestMapping("/valueadded")
class ValueAddedPages {

    static final List<String> SUBJECTS = List.of("MATHEMATICS", "READING");

    private final GrowthResults results;
    private final RegistryQueries registry;
    private final Labels labels;

    ValueAddedPages(GrowthResults results, RegistryQueries registry, Labels labels) {
        this.results = results;
        this.registry = registry;
        this.labels = labels;
    }

    /** A school's point on the chart: x achievement, y median growth; its quadrant. */
    record Point(SchoolLine school, double x, double y, String quadrant, String label) {
        /** Where the chart draws it: achievement −1.5…+1.5 across 560 units from 60 (clamped at the edges), growth 0…100 up 340 from 360. */
        public String cx() {
            return String.format(java.util.Locale.ROOT, "%.1f", 60 + (Math.max(-1.5, Math.min(1.5, x)) + 1.5) / 3 * 560);
        }

        public String cy() {
            return String.format(java.util.Locale.ROOT, "%.1f", 20 + (100 - y) / 100 * 340);
        }
    }

    @GetMapping
    String overview(@RequestParam(required = false) Integer year, @RequestParam(required = false) String subject,
            @RequestParam(required = false) String district, @AuthenticationPrincipal CurrentUser me, Model model) {
        if (me.scope().institutionId() != null) {
            return "redirect:/valueadded/schools/" + registry.institution(me.scope().institutionId(), me.scope()).code();
        }
        List<Integer> years = results.years();
        int y = registry.chosenYear(year, years);
        String s = subject != null && SUBJECTS.contains(subject) ? subject : SUBJECTS.get(0);
        List<OrgUnitView> units = registry.districts(y, me.scope());
        OrgUnitView chosen = units.size() == 1 ? units.get(0)
                : units.stream().filter(u -> u.code().equals(district)).findFirst().orElse(null);
        List<Integer> ids = (chosen == null ? units : List.of(chosen)).stream().map(OrgUnitView::id).toList();
        List<SchoolLine> schools = years.isEmpty() ? List.of() : results.schools(y, s, ids);
        Map<Integer, GrowthFigure> byDistrict = years.isEmpty() ? Map.of() : results.districts(y, s, units.stream().map(OrgUnitView::id).toList());
        List<Point> points = schools.stream().filter(l -> l.growth().shown())
                .map(l -> new Point(l, l.growth().achievement(), l.growth().median(), quadrant(l.growth()),
                        String.format(java.util.Locale.ROOT, "%s · %s %.1f · %s %.2f · n = %d", labels.pick(l.nameZh(), l.nameEn()),
                                labels.pick("中位增长百分位", "median growth percentile"), l.growth().median(),
                                labels.pick("学业成绩", "achievement"), l.growth().achievement(), l.growth().students())))
                .toList();
        model.addAttribute("year", y);
        model.addAttribute("years", years);
        model.addAttribute("subject", s);
        model.addAttribute("subjects", SUBJECTS);
        model.addAttribute("units", units);
        model.addAttribute("chosen", chosen);
        model.addAttribute("byDistrict", byDistrict);
        model.addAttribute("city", years.isEmpty() || !me.scope().cityWide() ? null : results.city(y, s));
        model.addAttribute("schools", schools);
        model.addAttribute("points", points);
        model.addAttribute("minimum", GrowthResults.MINIMUM);
        model.addAttribute("lowHighGrowth", points.stream().filter(p -> p.quadrant().equals("low-high")).count());
        model.addAttribute("highLowGrowth", points.stream().filter(p -> p.quadrant().equals("high-low")).count());
        return "valueadded/overview";
    }

    /** Achievement below/above the city's average (0), growth below/above 50: "low-high" is low achievement, high growth. */
    static String quadrant(GrowthFigure g) {
        return (g.achievement() < 0 ? "low" : "high") + "-" + (g.median() < 50 ? "low" : "high");
    }

    @GetMapping("/schools/{code}")
    String school(@PathVariable String code, @RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser me,
            Model model) {
        int id = registry.institutionId(code, me.scope());
        InstitutionDetail school = registry.institution(id, me.scope());
        List<Integer> years = results.years();
        int y = registry.chosenYear(year, years);
        model.addAttribute("school", school);
        model.addAttribute("year", y);
        model.addAttribute("years", years);
        model.addAttribute("lines", years.isEmpty() ? List.of() : results.school(id, y));
        model.addAttribute("minimum", GrowthResults.MINIMUM);
        return "valueadded/school";
    }
}
