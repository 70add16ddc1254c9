package org.edubrain.app.monitoring.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.edubrain.app.monitoring.MonitoringViews;
import org.edubrain.app.monitoring.OrgUnits;
import org.edubrain.app.monitoring.PlanStore;
import org.edubrain.app.monitoring.PlanValues;
import org.edubrain.app.security.CurrentUser;
import org.edubrain.core.plan.Plan;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plans and their computed values. Values are aggregates of the city, districts and zones
 * (any signed-in user); the institutions behind a value are limited to the caller's scope.
 */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "plans", description = "规划监测 · plans, indicators, values, key projects")
class MonitoringApi {

    /** A plan's header. */
    record PlanSummary(String code, int version, String titleZh, String titleEn, String orgUnit, int baselineYear,
            int targetYear, int indicators, int keyProjects, int targets) {
        static PlanSummary of(Plan p) {
            return new PlanSummary(p.code(), p.version(), p.titleZh(), p.titleEn(), p.orgUnit(), p.baselineYear(),
                    p.targetYear(), p.indicators().size(), p.keyProjects().size(), p.targets().size());
        }
    }

    /** An indicator's definition. */
    record IndicatorSummary(String code, boolean main, String nameZh, String nameEn, String definitionZh,
            String definitionEn, String numerator, String denominator, double factor, String unit, Double baseline,
            Double target, String rule, String section) {
        static IndicatorSummary of(Plan.Indicator i) {
            return new IndicatorSummary(i.code(), i.main(), i.nameZh(), i.nameEn(), i.definitionZh(), i.definitionEn(),
                    i.definition().numeratorText(), i.definition().denominatorText(), i.definition().factor(), i.unit(), i.baseline(),
                    i.target(), i.rule().code(), i.section());
        }
    }

    /** A value with where it stands. */
    record ValueView(String indicator, String orgUnit, int year, Double value, Double numerator, Double denominator,
            Double completeness, String status, Double expected, Double requiredPerYear, Double forecast,
            Double forecastLower80, Double forecastUpper80) {
        static ValueView of(PlanValues.Value v, String org) {
            return new ValueView(v.indicator(), org, v.year(), v.value(), v.numerator(), v.denominator(), v.completeness(),
                    v.status(), v.expected(), v.requiredPerYear(), v.forecast(), v.forecastLower(), v.forecastUpper());
        }
    }

    private final PlanStore plans;
    private final PlanValues values;
    private final MonitoringViews views;
    private final OrgUnits orgUnits;
    private final JsonMapper json;
    /** The JSON of the most asked answer (values by org unit and year), for the version of the values it shows. */
    private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();
    private volatile long renderedVersion = Long.MIN_VALUE;

    MonitoringApi(PlanStore plans, PlanValues values, MonitoringViews views, OrgUnits orgUnits, JsonMapper json) {
        this.plans = plans;
        this.values = values;
        this.views = views;
        this.orgUnits = orgUnits;
        this.json = json;
    }

    private Plan plan(String code) {
        return plans.plan(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such plan"));
    }

    private OrgUnits.Unit unit(Plan p, String code) {
        OrgUnits.Unit u = orgUnits.byCode(code == null ? p.orgUnit() : code, p.orgUnit());
        if (u == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such org unit");
        }
        return u;
    }

    @GetMapping
    @Operation(summary = "The plans in force")
    List<PlanSummary> plans() {
        return plans.plans().stream().map(PlanSummary::of).toList();
    }

    @GetMapping("/{plan}")
    @Operation(summary = "A plan's header")
    PlanSummary plan(@PathVariable("plan") String code, @AuthenticationPrincipal CurrentUser me) {
        return PlanSummary.of(plan(code));
    }

    @GetMapping("/{plan}/indicators")
    @Operation(summary = "A plan's indicators with their definitions, baselines, targets and rules")
    List<IndicatorSummary> indicators(@PathVariable("plan") String code) {
        return plan(code).indicators().stream().map(IndicatorSummary::of).toList();
    }

    @GetMapping("/{plan}/values")
    @Operation(summary = "Every indicator's value for an org unit (GB/T 2260 code; the plan's own unit by default) and year, "
            + "with numerator, denominator, status, path and forecast")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = ValueView.class))))
    ResponseEntity<byte[]> values(@PathVariable("plan") String code, @RequestParam(required = false) String org,
            @RequestParam(required = false) Integer year) {
        Plan p = plan(code);
        OrgUnits.Unit u = unit(p, org);
        int y = year == null ? views.latestYear(p) : year;
        long version = values.version(p.code());
        if (version != renderedVersion) {
            rendered.clear();
            renderedVersion = version;
        }
        byte[] body = rendered.get(p.code() + "|" + u.code() + "|" + y);
        if (body == null) {
            body = json.writeValueAsBytes(values.values(p, u.id(), y).stream().map(v -> ValueView.of(v, u.code())).toList());
            if (rendered.size() < 100_000) {
                rendered.put(p.code() + "|" + u.code() + "|" + y, body);
            }
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @GetMapping("/{plan}/indicators/{indicator}/values")
    @Operation(summary = "One indicator's series for an org unit")
    List<ValueView> series(@PathVariable("plan") String code, @PathVariable String indicator,
            @RequestParam(required = false) String org) {
        Plan p = plan(code);
        p.indicator(indicator).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such indicator"));
        OrgUnits.Unit u = unit(p, org);
        return values.series(p, indicator, u.id()).stream().map(v -> ValueView.of(v, u.code())).toList();
    }

    @GetMapping("/{plan}/indicators/{indicator}/institutions")
    @Operation(summary = "The institutions behind a district's (or zone's) value, within the caller's scope")
    List<MonitoringViews.InstitutionValue> institutions(@PathVariable("plan") String code, @PathVariable String indicator,
            @RequestParam String org, @RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser me) {
        Plan p = plan(code);
        Plan.Indicator i = p.indicator(indicator).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        OrgUnits.Unit u = unit(p, org);
        if (u.isPlanUnit()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "choose a district or a zone");
        }
        return views.institutions(i, u, year == null ? views.latestYear(p) : year, me.scope());
    }

    /** A target's progress. */
    record TargetView(String code, String textZh, String textEn, String section, String kind, String indicator,
            Double value, Double progressPct, String latestNote, long evidenceFiles) {
    }

    /** A key project's progress. */
    record ProjectView(String code, int number, String nameZh, String nameEn, double progressPct, List<TargetView> targets) {
    }

    @GetMapping("/{plan}/key-projects")
    @Operation(summary = "Key projects and their targets with progress")
    List<ProjectView> keyProjects(@PathVariable("plan") String code, @RequestParam(required = false) Integer year) {
        Plan p = plan(code);
        int y = year == null ? views.latestYear(p) : year;
        return views.projects(p, y).stream().map(pp -> new ProjectView(pp.project().code(), pp.project().number(),
                pp.project().nameZh(), pp.project().nameEn(), pp.progressPct(),
                pp.targets().stream().map(t -> new TargetView(t.target().code(), t.target().textZh(), t.target().textEn(),
                        t.target().section(), t.target().measured() ? "measured" : "milestone", t.target().indicator(),
                        t.value() == null ? null : t.value().value(), t.progressPct(), t.latestNote(), t.evidence()))
                        .toList())).toList();
    }
}
