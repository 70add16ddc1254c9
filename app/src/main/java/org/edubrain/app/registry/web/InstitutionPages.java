package org.edubrain.app.registry.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.edubrain.app.registry.LearnerRecords;
import org.edubrain.app.registry.RecordHistory;
import org.edubrain.app.registry.RegistryQueries;
import org.edubrain.app.registry.RegistryQueries.InstitutionQuery;
import org.edubrain.app.registry.Views.InstitutionDetail;
import org.edubrain.app.security.CurrentUser;
import org.edubrain.core.registry.IdNumber;
import org.springframework.beans.factory.ObjectProvider;
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
    /** The most changes a record page lists (变更记录). */
    static final int HISTORY_LIMIT = 100;

    private final RegistryQueries registry;
    private final LearnerRecords learners;
    private final ObjectProvider<RecordHistory> history;

    InstitutionPages(RegistryQueries registry, LearnerRecords learners, ObjectProvider<RecordHistory> history) {
        this.registry = registry;
        this.learners = learners;
        this.history = history;
    }

    /**
     * The changes of a record and of the records named under its key ({@code KEY/…}) in the tables,
     * newest first; identity numbers masked, as everywhere on the pages.
     */
    private List<RecordHistory.Change> changes(String key, String... tables) {
        RecordHistory h = history.getIfAvailable();
        if (h == null) {
            return List.of();
        }
        List<RecordHistory.Change> all = new ArrayList<>();
        for (String table : tables) {
            all.addAll(h.of(table, key, HISTORY_LIMIT));
        }
        return all.stream().sorted(Comparator.comparingLong(RecordHistory.Change::id).reversed()).limit(HISTORY_LIMIT)
                .map(c -> "learner_identity".equals(c.table()) ? masked(c) : c).toList();
    }

    private static RecordHistory.Change masked(RecordHistory.Change c) {
        return new RecordHistory.Change(c.id(), c.submissionId(), c.table(), c.recordKey(), c.column(), c.columnZh(),
                c.columnEn(), IdNumber.mask(c.oldValue()), IdNumber.mask(c.newValue()), c.changedBy(), c.changedAt());
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
        // the institution's own values, and those of its classes and facilities (keyed CODE/YEAR…)
        model.addAttribute("changes", changes(detail.code(), "institution", "school_class", "facility"));
        model.addAttribute("historyLimit", HISTORY_LIMIT);
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
        learnerChanges(key, model);
        return "registry/learner";
    }

    @PostMapping("/learners/{key}/identity")
    String reveal(@PathVariable String key, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal CurrentUser me, HttpServletRequest request, Model model) {
        model.addAttribute("identity", learners.reveal(key, me, reason, request.getRemoteAddr()));
        model.addAttribute("learner", learners.detail(key, me, request.getRemoteAddr()));
        model.addAttribute("mayReveal", me.role().revealsIdentity());
        learnerChanges(key, model);
        return "registry/learner";
    }

    /** The learner's changes (after {@link LearnerRecords#detail} has checked the scope): the record, identity, enrolments. */
    private void learnerChanges(String key, Model model) {
        model.addAttribute("changes", changes(key, "learner", "learner_identity", "enrolment"));
        model.addAttribute("historyLimit", HISTORY_LIMIT);
    }
}
