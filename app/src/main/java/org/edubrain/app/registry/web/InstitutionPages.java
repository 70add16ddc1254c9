package org.edubrain.app.registry.web;

import java.util.List;

import org.edubrain.app.registry.LearnerRecords;
import org.edubrain.app.registry.RegistryQueries;
import org.edubrain.app.registry.RegistryQueries.InstitutionQuery;
import org.edubrain.app.registry.Views.InstitutionDetail;
import org.edubrain.app.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;

/** The registry's pages: institution search, an institution, its learners, a learner. */
@Controller
@RequestMapping("/registry")
class InstitutionPages {

    private static final int PAGE_SIZE = 25;

    private final RegistryQueries registry;
    private final LearnerRecords learners;

    InstitutionPages(RegistryQueries registry, LearnerRecords learners) {
        this.registry = registry;
        this.learners = learners;
    }

    private int year(Integer requested) {
        List<Integer> years = registry.years();
        return requested != null && years.contains(requested) ? requested : registry.latestYear();
    }

    @GetMapping("/institutions")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) Integer org,
            @RequestParam(required = false) String type, @RequestParam(required = false) String own,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal CurrentUser me, Model model) {
        int y = year(year);
        String t = type == null || type.isBlank() ? null : type;
        String o = own == null || own.isBlank() ? null : own;
        var result = registry.searchInstitutions(new InstitutionQuery(q, org, t, o, y, Math.max(1, page), PAGE_SIZE),
                me.scope());
        model.addAttribute("result", result);
        model.addAttribute("q", q);
        model.addAttribute("org", org);
        model.addAttribute("type", t);
        model.addAttribute("own", o);
        model.addAttribute("year", y);
        model.addAttribute("years", registry.years());
        model.addAttribute("districts", registry.districts(y));
        model.addAttribute("zones", registry.zones());
        model.addAttribute("types", registry.schoolTypes());
        model.addAttribute("ownerships", registry.ownerships());
        return "registry/institutions";
    }

    @GetMapping("/institutions/{code}")
    String institution(@PathVariable String code, @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal CurrentUser me, Model model) {
        int id = registry.institutionId(code, me.scope());
        InstitutionDetail detail = registry.institution(id, me.scope());
        int y = year != null && detail.years().contains(year) ? year
                : detail.years().isEmpty() ? registry.latestYear() : detail.years().get(0);
        model.addAttribute("inst", detail);
        model.addAttribute("year", y);
        model.addAttribute("grades", registry.enrolmentByGrade(id, y, me.scope()));
        model.addAttribute("staff", registry.staff(id, y, me.scope()));
        model.addAttribute("facilities", registry.facilities(id, me.scope()));
        model.addAttribute("classes", registry.classes(id, y, me.scope()));
        model.addAttribute("seesLearners", me.role().seesLearners());
        return "registry/institution";
    }

    @GetMapping("/institutions/{code}/learners")
    String learnerList(@PathVariable String code, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String grade, @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal CurrentUser me, Model model) {
        if (!me.role().seesLearners()) {
            throw new AccessDeniedException("aggregates only");
        }
        int id = registry.institutionId(code, me.scope());
        InstitutionDetail detail = registry.institution(id, me.scope());
        int y = year != null && detail.years().contains(year) ? year
                : detail.years().isEmpty() ? registry.latestYear() : detail.years().get(0);
        String g = grade == null || grade.isBlank() ? null : grade;
        model.addAttribute("inst", detail);
        model.addAttribute("year", y);
        model.addAttribute("grade", g);
        model.addAttribute("grades", registry.enrolmentByGrade(id, y, me.scope()));
        model.addAttribute("result", registry.learners(id, y, g, Math.max(1, page), 50, me.scope()));
        return "registry/learners";
    }

    @GetMapping("/learners/{key}")
    String learner(@PathVariable String key, @AuthenticationPrincipal CurrentUser me, HttpServletRequest request,
            Model model) {
        model.addAttribute("learner", learners.detail(key, me, request.getRemoteAddr()));
        model.addAttribute("mayReveal", me.role().revealsIdentity());
        return "registry/learner";
    }

    @PostMapping("/learners/{key}/identity")
    String reveal(@PathVariable String key, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal CurrentUser me, HttpServletRequest request, Model model) {
        model.addAttribute("identity", learners.reveal(key, me, reason, request.getRemoteAddr()));
        model.addAttribute("learner", learners.detail(key, me, request.getRemoteAddr()));
        model.addAttribute("mayReveal", me.role().revealsIdentity());
        return "registry/learner";
    }
}
