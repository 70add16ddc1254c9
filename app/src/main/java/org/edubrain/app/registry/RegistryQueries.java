package org.edubrain.app.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.edubrain.app.registry.Views.CityOverview;
import org.edubrain.app.registry.Views.ClassRow;
import org.edubrain.app.registry.Views.DistrictRow;
import org.edubrain.app.registry.Views.FacilityRow;
import org.edubrain.app.registry.Views.GradeCount;
import org.edubrain.app.registry.Views.InstitutionDetail;
import org.edubrain.app.registry.Views.InstitutionRow;
import org.edubrain.app.registry.Views.LearnerRow;
import org.edubrain.app.registry.Views.Membership;
import org.edubrain.app.registry.Views.OrgUnitView;
import org.edubrain.app.registry.Views.Page;
import org.edubrain.app.registry.Views.PopulationCell;
import org.edubrain.app.registry.Views.StaffCount;
import org.edubrain.app.registry.Views.Title;
import org.edubrain.app.security.OrgScope;
import org.edubrain.app.shared.DataVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Reads the registry. Every method that returns institution- or learner-level records takes the
 * caller's {@link OrgScope} and filters by it in SQL; asking for a record outside the scope is an
 * {@link AccessDeniedException} (403), not an empty answer, so that a user cannot probe.
 *
 * <p>Dates: a statistical year's figures use the memberships valid on its census day
 * (1 September), so that a school moved between districts counts where it was that year.
 */
@Service
public class RegistryQueries {

    private final JdbcClient jdbc;
    private final DataVersion version;
    private final Map<String, Object> cache = new ConcurrentHashMap<>();
    private volatile long cachedVersion = -1;

    public RegistryQueries(JdbcClient jdbc, DataVersion version) {
        this.jdbc = jdbc;
        this.version = version;
    }

    public static LocalDate censusDay(int year) {
        return LocalDate.of(year, 9, 1);
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, java.util.function.Supplier<T> load) {
        // (the registry's version: these read the registry only, and a plan computation leaves them valid)
        long v = version.registry();
        if (v != cachedVersion) {
            cache.clear();
            cachedVersion = v;
        }
        return (T) cache.computeIfAbsent(key, k -> load.get());
    }

    /** Statistical years with enrolments, newest first. */
    public List<Integer> years() {
        // (one step down the primary key (year, learner) per year, not a scan of every record: 0.7 s
        // on the scale-1 city for what a page or a county evaluation needs first)
        return cached("years", () -> jdbc.sql("""
                with recursive y(year) as (
                    select max(school_year) from enrolment
                    union all
                    select (select max(school_year) from enrolment where school_year < y.year) from y where y.year is not null
                )
                select year from y
                where year is not null and year >= (select coalesce(min(school_year), 0) from teacher_assignment)
                order by 1 desc
                """).query(Integer.class).list());
    }

    public int latestYear() {
        List<Integer> y = years();
        return y.isEmpty() ? LocalDate.now().minusMonths(8).getYear() : y.get(0);
    }

    /** Whether the registry holds no institutions and no learners. */
    public boolean isEmpty() {
        return !jdbc.sql("select exists (select 1 from institution) or exists (select 1 from learner)")
                .query(Boolean.class).single();
    }

    /**
     * Computes the city overview of every year ahead of the first visitor (a few seconds at the
     * city's scale), in the background.
     */
    public void prewarm() {
        Thread t = new Thread(() -> {
            try {
                for (int year : years()) {
                    overview(year);
                }
            } catch (RuntimeException e) {
                // the cache fills on demand instead
            }
        }, "registry-prewarm");
        t.setDaemon(true);
        t.start();
    }

    // ---------------------------------------------------------------- org units

    /** The county-level units valid on the census day of the year that a scope sees: all of them city-wide, else its own. */
    public List<OrgUnitView> districts(int year, OrgScope scope) {
        return districts(year).stream().filter(u -> scope.cityWide() || u.id() == scope.orgUnitId()).toList();
    }

    /** The year a page shows: the one asked for if the page has it, else the page's latest, else the registry's latest. */
    public int chosenYear(Integer requested, List<Integer> years) {
        return requested != null && years.contains(requested) ? requested : years.isEmpty() ? latestYear() : years.get(0);
    }

    /** The county-level units valid on the census day of the year. */
    public List<OrgUnitView> districts(int year) {
        return jdbc.sql("""
                select o.id, o.code, o.name_zh, o.name_en, o.kind, o.classification
                from org_unit o join org_unit_parent p on p.child_id = o.id
                where o.classification = 'administrative' and o.kind <> 'city'
                  and p.valid_from <= :d and (p.valid_to is null or p.valid_to > :d)
                order by o.code
                """).param("d", censusDay(year)).query(OrgUnitView.class).list();
    }

    public List<OrgUnitView> zones() {
        return jdbc.sql("""
                select id, code, name_zh, name_en, kind, classification from org_unit
                where classification = 'functional' order by code
                """).query(OrgUnitView.class).list();
    }

    public Optional<OrgUnitView> city() {
        return jdbc.sql("select id, code, name_zh, name_en, kind, classification from org_unit where kind = 'city' order by id limit 1")
                .query(OrgUnitView.class).optional();
    }

    /** A code of a code list, with its names. */
    public record Code(String code, String nameZh, String nameEn) {
    }

    public List<Code> schoolTypes() {
        return jdbc.sql("select code, name_zh, name_en from school_type order by code").query(Code.class).list();
    }

    public List<Code> ownerships() {
        return jdbc.sql("select code, name_zh, name_en from ownership_type order by is_public desc, code").query(Code.class).list();
    }

    // ---------------------------------------------------------------- the city at a glance (public: aggregates only)

    /**
     * The city and each county-level unit in the year: institutions open on the census day,
     * learners enrolled, full-time teachers (专任教师) and resident population.
     */
    public CityOverview overview(int year) {
        return cached("overview:" + year, () -> loadOverview(year));
    }

    private CityOverview loadOverview(int year) {
        List<DistrictRow> rows = jdbc.sql("""
                with units as (
                    select o.id, o.code, o.name_zh, o.name_en, o.kind
                    from org_unit o join org_unit_parent p on p.child_id = o.id
                    where o.classification = 'administrative' and o.kind <> 'city'
                      and p.valid_from <= :d and (p.valid_to is null or p.valid_to > :d)
                ), members as (
                    select m.org_unit_id, i.id
                    from institution i join institution_membership m on m.institution_id = i.id
                    where m.valid_from <= :d and (m.valid_to is null or m.valid_to > :d)
                      and (i.opened_on is null or i.opened_on <= :d) and (i.closed_on is null or i.closed_on > :d)
                ), learners as (
                    select institution_id, count(*) as n from enrolment where school_year = :y group by institution_id
                ), teachers as (
                    select institution_id, count(*) as n from teacher_assignment
                    where school_year = :y and post = 'teacher' group by institution_id
                ), population as (
                    select org_unit_id, sum(count) as n from population_estimate
                    where year = :y and population_group = 'resident'
                      and source_id = (select max(source_id) from population_estimate
                                       where year = :y and population_group = 'resident')
                    group by org_unit_id
                )
                select u.id, u.code, u.name_zh, u.name_en, u.kind,
                       count(m.id) as institutions, coalesce(sum(l.n), 0) as learners,
                       coalesce(sum(t.n), 0) as teachers, coalesce(max(p.n), 0) as population
                from units u
                left join members m on m.org_unit_id = u.id
                left join learners l on l.institution_id = m.id
                left join teachers t on t.institution_id = m.id
                left join population p on p.org_unit_id = u.id
                group by u.id, u.code, u.name_zh, u.name_en, u.kind
                order by u.code
                """).param("d", censusDay(year)).param("y", year).query(DistrictRow.class).list();
        OrgUnitView c = city().orElseThrow();
        DistrictRow total = new DistrictRow(c.id(), c.code(), c.nameZh(), c.nameEn(), c.kind(),
                rows.stream().mapToLong(DistrictRow::institutions).sum(), rows.stream().mapToLong(DistrictRow::learners).sum(),
                rows.stream().mapToLong(DistrictRow::teachers).sum(), rows.stream().mapToLong(DistrictRow::population).sum());
        return new CityOverview(year, total, rows);
    }

    // ---------------------------------------------------------------- institutions

    /** Search filters; null means any. */
    public record InstitutionQuery(String text, Integer orgUnitId, String schoolType, String ownership, int year,
            int page, int size) {
    }

    public Page<InstitutionRow> searchInstitutions(InstitutionQuery q, OrgScope scope) {
        LocalDate d = censusDay(q.year());
        String where = """
                from institution i
                join school_type st on st.code = i.school_type
                join ownership_type ot on ot.code = i.ownership
                left join lateral (
                    select o.name_zh, o.name_en from institution_membership m join org_unit o on o.id = m.org_unit_id
                    where m.institution_id = i.id and o.classification = 'administrative'
                      and m.valid_from <= :d and (m.valid_to is null or m.valid_to > :d)
                    order by m.valid_from desc limit 1) dist on true
                where (i.opened_on is null or i.opened_on <= :d) and (i.closed_on is null or i.closed_on > :d)
                  and (cast(:text as text) is null or i.name_zh like '%' || :text || '%' or i.code like :text || '%'
                       or lower(i.name_en) like '%' || lower(:text) || '%')
                  and (cast(:type as text) is null or i.school_type = :type)
                  and (cast(:own as text) is null or i.ownership = :own)
                  and (cast(:org as integer) is null or exists (
                        select 1 from institution_membership f where f.institution_id = i.id and f.org_unit_id = :org
                          and f.valid_from <= :d and (f.valid_to is null or f.valid_to > :d)))
                  and """ + ScopeSql.institution("i", scope, ":d");
        String text = q.text() == null || q.text().isBlank() ? null : q.text().trim();
        long total = ScopeSql.bind(jdbc.sql("select count(*) " + where), scope)
                .param("d", d).param("text", text).param("type", q.schoolType()).param("own", q.ownership())
                .param("org", q.orgUnitId()).query(Long.class).single();
        List<InstitutionRow> items = ScopeSql.bind(jdbc.sql("""
                select i.id, i.code, i.name_zh, i.name_en, i.school_type, st.name_zh as school_type_zh, i.ownership,
                       ot.name_zh as ownership_zh, ot.is_public, i.inclusive, dist.name_zh as district_zh,
                       dist.name_en as district_en,
                       (select count(*) from enrolment e where e.institution_id = i.id and e.school_year = :y) as learners,
                       (select count(*) from teacher_assignment a where a.institution_id = i.id and a.school_year = :y
                          and a.post = 'teacher') as teachers
                """ + where + " order by i.code limit :limit offset :offset"), scope)
                .param("d", d).param("y", q.year()).param("text", text).param("type", q.schoolType())
                .param("own", q.ownership()).param("org", q.orgUnitId()).param("limit", q.size())
                .param("offset", (q.page() - 1) * q.size()).query(InstitutionRow.class).list();
        return new Page<>(items, q.page(), q.size(), total);
    }

    /** The institution's id for its code, checked against the scope: 404 when unknown, 403 when outside. */
    public int institutionId(String code, OrgScope scope) {
        Integer id = jdbc.sql("select id from institution where code = :c").param("c", code).query(Integer.class)
                .optional().orElseThrow(() -> new NotFound("institution " + code));
        requireInScope(id, scope);
        return id;
    }

    /** Throws {@link AccessDeniedException} unless the institution is (now, or when it closed) in the scope. */
    public void requireInScope(int institutionId, OrgScope scope) {
        boolean visible = ScopeSql.bind(jdbc.sql("select exists (select 1 from institution i where i.id = :id and "
                + ScopeSql.institution("i", scope, "least(current_date, coalesce(i.closed_on - 1, current_date))") + ")"),
                scope).param("id", institutionId).query(Boolean.class).single();
        if (!visible) {
            throw new AccessDeniedException("institution outside the user's scope");
        }
    }

    public InstitutionDetail institution(int id, OrgScope scope) {
        requireInScope(id, scope);
        var base = jdbc.sql("""
                select i.id, i.code, i.name_zh, i.name_en, i.school_type, st.name_zh, st.name_en, st.verified,
                       i.ownership, ot.name_zh, ot.name_en, ot.is_public, i.inclusive, i.urban, i.street, i.opened_on,
                       i.closed_on, g.name_zh
                from institution i join school_type st on st.code = i.school_type
                join ownership_type ot on ot.code = i.ownership
                left join education_group g on g.id = i.education_group_id
                where i.id = :id
                """).param("id", id).query((rs, n) -> new Object[] {rs.getInt(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getBoolean(12), rs.getBoolean(13), (Boolean) rs.getObject(14),
                rs.getString(15), rs.getObject(16, LocalDate.class), rs.getObject(17, LocalDate.class), rs.getString(18)})
                .single();
        List<Membership> memberships = jdbc.sql("""
                select o.code as org_code, o.name_zh as org_name_zh, o.name_en as org_name_en, o.classification,
                       m.valid_from, m.valid_to
                from institution_membership m join org_unit o on o.id = m.org_unit_id
                where m.institution_id = :id order by o.classification, m.valid_from
                """).param("id", id).query(Membership.class).list();
        List<Title> titles = jdbc.sql("""
                select title, level, awarded_year from institution_title where institution_id = :id order by awarded_year
                """).param("id", id).query(Title.class).list();
        List<Integer> years = jdbc.sql("""
                select distinct school_year from enrolment where institution_id = :id
                union select distinct school_year from teacher_assignment where institution_id = :id
                union select distinct school_year from facility where institution_id = :id
                order by 1 desc
                """).param("id", id).query(Integer.class).list();
        return new InstitutionDetail((Integer) base[0], (String) base[1], (String) base[2], (String) base[3],
                (String) base[4], (String) base[5], (String) base[6], (Boolean) base[7], (String) base[8],
                (String) base[9], (String) base[10], (Boolean) base[11], (Boolean) base[12], (Boolean) base[13],
                (String) base[14], (LocalDate) base[15], (LocalDate) base[16], (String) base[17], memberships, titles,
                years);
    }

    public List<GradeCount> enrolmentByGrade(int institutionId, int year, OrgScope scope) {
        requireInScope(institutionId, scope);
        return jdbc.sql("""
                select e.grade,
                       count(*) filter (where l.sex = '1') as male, count(*) filter (where l.sex = '2') as female,
                       count(distinct e.class_id) as classes, count(*) filter (where l.disability is not null) as disabled,
                       count(*) filter (where e.delivery = 'home') as home_delivered
                from enrolment e join learner l on l.id = e.learner_id
                where e.institution_id = :id and e.school_year = :y
                group by e.grade order by min(case e.grade when 'K1' then 0 when 'K2' then 1 when 'K3' then 2 else 10 end), e.grade
                """).param("id", institutionId).param("y", year).query(GradeCount.class).list();
    }

    public List<StaffCount> staff(int institutionId, int year, OrgScope scope) {
        requireInScope(institutionId, scope);
        return jdbc.sql("""
                select stage, post, count(*) as count,
                       count(*) filter (where highest_degree in ('bachelor', 'master', 'doctorate')) as bachelor_or_above,
                       count(*) filter (where certificate is not null) as certified,
                       count(*) filter (where ece_trained) as ece_trained,
                       count(*) filter (where professional_course) as professional_course,
                       count(*) filter (where dual_qualified) as dual_qualified,
                       coalesce(avg(training_hours) filter (where post = 'teacher'), 0) as training_hours
                from teacher_assignment where institution_id = :id and school_year = :y
                group by stage, post order by stage, post
                """).param("id", institutionId).param("y", year).query(StaffCount.class).list();
    }

    public List<FacilityRow> facilities(int institutionId, OrgScope scope) {
        requireInScope(institutionId, scope);
        return jdbc.sql("""
                select school_year as year, building_area_m2, sports_area_m2, equipment_value_yuan, multimedia_classrooms,
                       books from facility where institution_id = :id order by school_year desc
                """).param("id", institutionId).query(FacilityRow.class).list();
    }

    public List<ClassRow> classes(int institutionId, int year, OrgScope scope) {
        requireInScope(institutionId, scope);
        return jdbc.sql("""
                select id, grade, name_zh, kind, size from school_class
                where institution_id = :id and school_year = :y order by grade, id
                """).param("id", institutionId).param("y", year).query(ClassRow.class).list();
    }

    /** Learners of an institution in a year, by pseudonymous key: no name and no identity number. */
    public Page<LearnerRow> learners(int institutionId, int year, String grade, int page, int size, OrgScope scope) {
        requireInScope(institutionId, scope);
        long total = jdbc.sql("""
                select count(*) from enrolment where institution_id = :id and school_year = :y
                  and (cast(:g as text) is null or grade = :g)
                """).param("id", institutionId).param("y", year).param("g", grade).query(Long.class).single();
        List<LearnerRow> items = jdbc.sql("""
                select l.key, l.sex, to_char(l.birth_date, 'YYYY-MM') as birth_month, e.grade, c.name_zh as class_name,
                       e.status, l.disability is not null as disabled
                from enrolment e join learner l on l.id = e.learner_id
                left join school_class c on c.id = e.class_id
                where e.institution_id = :id and e.school_year = :y and (cast(:g as text) is null or e.grade = :g)
                order by e.grade, c.id, l.key limit :limit offset :offset
                """).param("id", institutionId).param("y", year).param("g", grade).param("limit", size)
                .param("offset", (page - 1) * size).query(LearnerRow.class).list();
        return new Page<>(items, page, size, total);
    }

    /** Resident population of an org unit by age and sex (the latest source). */
    public List<PopulationCell> population(String orgCode, int year) {
        return jdbc.sql("""
                select e.age, e.sex, sum(e.count) as count
                from population_estimate e join org_unit o on o.id = e.org_unit_id
                left join org_unit_parent p on p.child_id = e.org_unit_id and p.parent_id = (select id from org_unit where code = :c)
                where (o.code = :c or p.child_id is not null) and e.year = :y and e.population_group = 'resident'
                  and e.source_id = (select max(source_id) from population_estimate where year = :y and population_group = 'resident')
                group by e.age, e.sex order by e.age, e.sex
                """).param("c", orgCode).param("y", year).query(PopulationCell.class).list();
    }

    /** An unknown record: 404. */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    public static final class NotFound extends RuntimeException {
        public NotFound(String what) {
            super(what + " not found");
        }
    }
}
