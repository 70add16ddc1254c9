package org.edubrain.app.registry.web;

import java.util.List;

import org.edubrain.app.registry.LearnerRecords;
import org.edubrain.app.registry.RegistryQueries;
import org.edubrain.app.registry.RegistryQueries.InstitutionQuery;
import org.edubrain.app.registry.Views;
import org.edubrain.app.security.CurrentUser;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The registry's read API. Authentication: HTTP Basic or the session; every answer is limited to
 * the caller's scope, and a record outside it is 403.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "registry", description = "基础数据 · the registry of the education system")
class RegistryApi {

    private final RegistryQueries registry;
    private final LearnerRecords learners;

    RegistryApi(RegistryQueries registry, LearnerRecords learners) {
        this.registry = registry;
        this.learners = learners;
    }

    private int year(Integer year) {
        return year != null ? year : registry.latestYear();
    }

    @GetMapping("/public/overview")
    @Operation(summary = "The city and its county-level units in a statistical year (aggregates; no sign-in needed)")
    ResponseEntity<Views.CityOverview> overview(@RequestParam(required = false) Integer year) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(registry.overview(year(year)));
    }

    @GetMapping("/public/years")
    @Operation(summary = "Statistical years with data, newest first")
    List<Integer> years() {
        return registry.years();
    }

    @GetMapping("/org-units")
    @Operation(summary = "County-level units valid in the year, and the functional zones")
    List<Views.OrgUnitView> orgUnits(@RequestParam(required = false) Integer year) {
        List<Views.OrgUnitView> all = new java.util.ArrayList<>(registry.districts(year(year)));
        all.addAll(registry.zones());
        return all;
    }

    @GetMapping("/institutions")
    @Operation(summary = "Search institutions in the caller's scope")
    Views.Page<Views.InstitutionRow> institutions(@RequestParam(required = false) String q,
            @RequestParam(required = false) Integer orgUnit, @RequestParam(required = false) String type,
            @RequestParam(required = false) String ownership, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal CurrentUser me) {
        return registry.searchInstitutions(new InstitutionQuery(q, orgUnit, type, ownership, year(year), Math.max(1, page),
                Math.min(500, Math.max(1, size))), me.scope());
    }

    @GetMapping("/institutions/{code}")
    @Operation(summary = "One institution, by its 学校标识码")
    Views.InstitutionDetail institution(@PathVariable String code, @AuthenticationPrincipal CurrentUser me) {
        return registry.institution(registry.institutionId(code, me.scope()), me.scope());
    }

    @GetMapping("/institutions/{code}/enrolment")
    @Operation(summary = "Learners of an institution by grade and sex in a year")
    List<Views.GradeCount> enrolment(@PathVariable String code, @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal CurrentUser me) {
        return registry.enrolmentByGrade(registry.institutionId(code, me.scope()), year(year), me.scope());
    }

    @GetMapping("/institutions/{code}/staff")
    @Operation(summary = "Staff of an institution by stage and post in a year")
    List<Views.StaffCount> staff(@PathVariable String code, @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal CurrentUser me) {
        return registry.staff(registry.institutionId(code, me.scope()), year(year), me.scope());
    }

    @GetMapping("/institutions/{code}/facilities")
    @Operation(summary = "Facilities of an institution, by year")
    List<Views.FacilityRow> facilities(@PathVariable String code, @AuthenticationPrincipal CurrentUser me) {
        return registry.facilities(registry.institutionId(code, me.scope()), me.scope());
    }

    @GetMapping("/institutions/{code}/classes")
    @Operation(summary = "Classes of an institution with their sizes in a year")
    List<Views.ClassRow> classes(@PathVariable String code, @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal CurrentUser me) {
        return registry.classes(registry.institutionId(code, me.scope()), year(year), me.scope());
    }

    @GetMapping("/institutions/{code}/learners")
    @Operation(summary = "Learners of an institution in a year, by pseudonymous key (no identity numbers)")
    Views.Page<Views.LearnerRow> learnerList(@PathVariable String code, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String grade, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "100") int size, @AuthenticationPrincipal CurrentUser me) {
        if (!me.role().seesLearners()) {
            throw new AccessDeniedException("aggregates only");
        }
        return registry.learners(registry.institutionId(code, me.scope()), year(year), grade, Math.max(1, page),
                Math.min(1000, Math.max(1, size)), me.scope());
    }

    @GetMapping("/learners/{key}")
    @Operation(summary = "A learner: history and masked identity numbers (the read is audited)")
    Views.LearnerDetail learner(@PathVariable String key, @AuthenticationPrincipal CurrentUser me, HttpServletRequest request) {
        return learners.detail(key, me, request.getRemoteAddr());
    }

    /** Why the full identity numbers are needed. */
    record RevealRequest(String reason) {
    }

    @PostMapping("/learners/{key}/identity")
    @Operation(summary = "A learner's full national student number and ID number: administrators only, with a reason; audited")
    ResponseEntity<Views.Identity> identity(@PathVariable String key, @RequestBody RevealRequest body,
            @AuthenticationPrincipal CurrentUser me, HttpServletRequest request) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(learners.reveal(key, me, body == null ? null : body.reason(), request.getRemoteAddr()));
    }

    @GetMapping("/population")
    @Operation(summary = "Resident population of an org unit by single year of age and sex")
    List<Views.PopulationCell> population(@RequestParam String orgUnit, @RequestParam(required = false) Integer year) {
        return registry.population(orgUnit, year(year));
    }
}
