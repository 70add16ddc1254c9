package org.edubrain.app.monitoring.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.edubrain.app.monitoring.MonitoringViews;
import org.edubrain.app.monitoring.OrgUnits;
import org.edubrain.app.monitoring.PlanStore;
import org.edubrain.app.security.AuditLog;
import org.edubrain.app.security.CurrentUser;
import org.edubrain.app.security.Role;
import org.edubrain.app.shared.EvidenceFile;
import org.edubrain.core.plan.Plan;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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

/** The plan-monitoring pages. */
@Controller
@RequestMapping("/monitoring")
class MonitoringPages {

    private final PlanStore plans;
    private final MonitoringViews views;
    private final OrgUnits orgUnits;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    MonitoringPages(PlanStore plans, MonitoringViews views, OrgUnits orgUnits, JdbcClient jdbc, AuditLog audit) {
        this.plans = plans;
        this.views = views;
        this.orgUnits = orgUnits;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    Plan plan(String code) {
        if (code != null) {
            return plans.plan(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such plan"));
        }
        String city = jdbc.sql("select code from org_unit where kind = 'city' order by id limit 1").query(String.class).single();
        return plans.cityPlan(city).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan in force"));
    }

    int year(Plan plan, Integer requested) {
        List<Integer> ys = views.years(plan);
        return requested != null && ys.contains(requested) ? requested : views.latestYear(plan);
    }

    private void common(Model model, Plan plan, int year) {
        model.addAttribute("plan", plan);
        model.addAttribute("year", year);
        model.addAttribute("years", views.years(plan));
        model.addAttribute("planUnit", orgUnits.byCode(plan.orgUnit(), plan.orgUnit()));
        model.addAttribute("units", orgUnits.evaluated(plan.orgUnit()));
    }

    @GetMapping
    String overview(@RequestParam(required = false) String plan, @RequestParam(required = false) Integer year, Model model) {
        Plan p = plan(plan);
        int y = year(p, year);
        common(model, p, y);
        OrgUnits.Unit unit = orgUnits.byCode(p.orgUnit(), p.orgUnit());
        model.addAttribute("lines", views.lines(p, unit, y, true));
        model.addAttribute("projects", views.projects(p, y));
        return "monitoring/overview";
    }

    @GetMapping("/indicators/{code}")
    String indicator(@PathVariable String code, @RequestParam(required = false) String plan,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String unit,
            @AuthenticationPrincipal CurrentUser me, Model model) {
        Plan p = plan(plan);
        int y = year(p, year);
        Plan.Indicator indicator = p.indicator(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such indicator"));
        common(model, p, y);
        OrgUnits.Unit planUnit = orgUnits.byCode(p.orgUnit(), p.orgUnit());
        model.addAttribute("indicator", indicator);
        model.addAttribute("line", views.lines(p, planUnit, y, false).stream()
                .filter(l -> l.indicator().code().equals(code)).findFirst().orElseThrow());
        model.addAttribute("across", views.acrossUnits(p, indicator, y));
        if (unit != null) {
            OrgUnits.Unit u = orgUnits.byCode(unit, p.orgUnit());
            if (u == null || u.isPlanUnit()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such district");
            }
            model.addAttribute("drillUnit", u);
            model.addAttribute("institutions", views.institutions(indicator, u, y, me.scope()));
        }
        return "monitoring/indicator";
    }

    @GetMapping("/districts/{code}")
    String district(@PathVariable String code, @RequestParam(required = false) String plan,
            @RequestParam(required = false) Integer year, Model model) {
        Plan p = plan(plan);
        int y = year(p, year);
        OrgUnits.Unit u = orgUnits.byCode(code, p.orgUnit());
        if (u == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such org unit");
        }
        common(model, p, y);
        model.addAttribute("unit", u);
        model.addAttribute("lines", views.lines(p, u, y, false));
        return "monitoring/district";
    }

    @GetMapping("/projects")
    String projects(@RequestParam(required = false) String plan, @RequestParam(required = false) Integer year,
            Model model) {
        Plan p = plan(plan);
        int y = year(p, year);
        common(model, p, y);
        model.addAttribute("projects", views.projects(p, y));
        model.addAttribute("others", views.otherTargets(p, y));
        return "monitoring/projects";
    }

    /** A progress entry for a milestone, with optional evidence; city and district administrators only. */
    @PostMapping("/targets/{code}/progress")
    @Transactional
    String progress(@PathVariable String code, @RequestParam(required = false) String plan,
            @RequestParam double progress, @RequestParam String note, @RequestParam(required = false) String responsible,
            @RequestParam(required = false) MultipartFile evidence, @AuthenticationPrincipal CurrentUser me,
            HttpServletRequest request, RedirectAttributes redirect) throws IOException {
        if (me.role() != Role.CITY_ADMIN && me.role() != Role.DISTRICT_ADMIN) {
            throw new AccessDeniedException("administrators enter progress");
        }
        Plan p = plan(plan);
        Plan.Target target = p.targets().stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such target"));
        if (progress < 0 || progress > 100 || note == null || note.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "进度须在0–100之间并填写说明 / progress 0–100 and a note are required");
        }
        long id = jdbc.sql("""
                insert into milestone_progress (plan_code, target, progress_pct, note, responsible, entered_by)
                values (:p, :t, :pct, :note, :resp, :by) returning id
                """).param("p", p.code()).param("t", target.code()).param("pct", progress).param("note", note.strip())
                .param("resp", responsible == null || responsible.isBlank() ? target.responsibleZh() : responsible.strip())
                .param("by", me.username()).query(Long.class).single();
        EvidenceFile file = EvidenceFile.of(evidence);
        if (file != null) {
            file.save(jdbc, "milestone_evidence", "progress_id", id);
        }
        audit.record(me.username(), "milestone.progress", "target", p.code() + "/" + target.code(),
                Map.of("progress", progress), request.getRemoteAddr());
        redirect.addFlashAttribute("saved", target.code());
        return "redirect:/monitoring/projects#" + target.code();
    }

    @GetMapping("/targets/{code}")
    String target(@PathVariable String code, @RequestParam(required = false) String plan, @AuthenticationPrincipal CurrentUser me,
            Model model) {
        Plan p = plan(plan);
        Plan.Target target = p.targets().stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such target"));
        common(model, p, views.latestYear(p));
        model.addAttribute("target", target);
        model.addAttribute("readsEvidence", readsEvidence(me));
        model.addAttribute("entries", jdbc.sql("""
                select p.id, p.progress_pct, p.note, p.responsible, p.entered_by, p.entered_at
                from milestone_progress p where p.plan_code = :plan and p.target = :t order by p.id desc
                """).param("plan", p.code()).param("t", code).query().listOfRows());
        model.addAttribute("evidence", jdbc.sql("""
                select e.id, e.progress_id, e.file_name, e.size_bytes, e.sha256 from milestone_evidence e
                join milestone_progress p on p.id = e.progress_id where p.plan_code = :plan and p.target = :t order by e.id
                """).param("plan", p.code()).param("t", code).query().listOfRows());
        return "monitoring/target";
    }

    /**
     * A milestone's evidence file: for the administrators who enter progress and the supervisors who
     * check it, never for analysts or schools (a report may name teachers or pupils); every read audited.
     */
    @GetMapping("/evidence/{id}")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, HttpServletRequest request) {
        if (!readsEvidence(me)) {
            throw new AccessDeniedException("evidence files are read by administrators and supervisors");
        }
        Map<String, Object> row = jdbc.sql("""
                select e.file_name, e.media_type, e.content, e.sha256, p.plan_code, p.target
                from milestone_evidence e join milestone_progress p on p.id = e.progress_id where e.id = :id
                """).param("id", id).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such evidence"));
        audit.record(me.username(), "milestone.evidence.read", "target", row.get("plan_code") + "/" + row.get("target"),
                Map.of("evidence", id, "sha256", String.valueOf(row.get("sha256"))), request.getRemoteAddr());
        return EvidenceFile.download((String) row.get("file_name"), (String) row.get("media_type"), (byte[]) row.get("content"));
    }

    static boolean readsEvidence(CurrentUser me) {
        return me.role() == Role.CITY_ADMIN || me.role() == Role.DISTRICT_ADMIN || me.role() == Role.SUPERVISOR;
    }
}
