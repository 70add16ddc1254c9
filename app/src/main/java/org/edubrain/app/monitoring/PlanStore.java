package org.edubrain.app.monitoring;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.edubrain.core.indicator.Catalogue;
import org.edubrain.core.plan.Plan;
import org.edubrain.core.plan.PlanReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans in force. Every plan file that is loaded is kept as a version; a file that does not
 * pass {@link PlanReader}'s checks is refused whole and the version in force stays in force.
 * At start the plan files shipped with the application ({@code plans/*.yaml}) are loaded when
 * their version is newer than the one in force.
 */
@Service
@Order(1)
public class PlanStore implements ApplicationRunner, org.edubrain.app.shared.DataElementDirectory {

    private static final Logger log = LoggerFactory.getLogger(PlanStore.class);

    private final JdbcClient jdbc;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Map<String, Plan> inForce = new ConcurrentHashMap<>();

    PlanStore(JdbcClient jdbc, org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:plans/*.yaml");
        List<Plan> loaded = new ArrayList<>();
        for (Resource r : files) {
            String content = r.getContentAsString(StandardCharsets.UTF_8);
            try {
                Plan plan = PlanReader.read(r.getFilename(), new StringReader(content), Catalogue.elements());
                Integer current = jdbc.sql("select coalesce(max(version), 0) from plan_version where plan_code = :c")
                        .param("c", plan.code()).query(Integer.class).single();
                if (current < plan.version()) {
                    store(plan, content, "system");
                    loaded.add(plan);
                }
            } catch (PlanReader.Refused e) {
                log.error("The plan file {} shipped with the application is refused: {}", r.getFilename(), e.problems());
            }
        }
        reload();
        for (Plan p : loaded) {
            events.publishEvent(new PlanLoaded(p.code(), p.version()));
        }
    }

    /** Reads the plans in force from the database. */
    public void reload() {
        List<Object[]> rows = jdbc.sql("select plan_code, file_name, content from plan_version where in_force")
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        inForce.clear();
        for (Object[] row : rows) {
            try {
                inForce.put((String) row[0], PlanReader.read((String) row[1], new StringReader((String) row[2]),
                        Catalogue.elements()));
            } catch (PlanReader.Refused e) {
                log.error("The plan in force {} no longer passes its checks: {}", row[0], e.problems());
            }
        }
    }

    public List<Plan> plans() {
        List<Plan> out = new ArrayList<>(inForce.values());
        out.sort(Comparator.comparing(Plan::code));
        return out;
    }

    public Optional<Plan> plan(String code) {
        return Optional.ofNullable(inForce.get(code));
    }

    /** The data elements the plans in force declare for aggregate returns (their own, not the catalogue's). */
    @Override
    public List<org.edubrain.core.indicator.DataElement> declared() {
        Map<String, org.edubrain.core.indicator.DataElement> out = new java.util.LinkedHashMap<>();
        for (Plan p : plans()) {
            p.dataElements().forEach(e -> out.putIfAbsent(e.code(), e));
        }
        return List.copyOf(out.values());
    }

    /** The plan of the city: the first plan whose org unit is the city. */
    public Optional<Plan> cityPlan(String cityCode) {
        return plans().stream().filter(p -> cityCode.equals(p.orgUnit())).findFirst();
    }

    /**
     * Checks a plan file and, if it passes, puts its version in force.
     *
     * @throws PlanReader.Refused with every problem (file, line, reason); nothing changes then
     */
    @Transactional
    public Plan load(String fileName, String content, String loadedBy) {
        Plan plan = PlanReader.read(fileName, new StringReader(content), Catalogue.elements());
        Integer current = jdbc.sql("select coalesce(max(version), 0) from plan_version where plan_code = :c")
                .param("c", plan.code()).query(Integer.class).single();
        if (plan.version() <= current) {
            throw new IllegalArgumentException("版本号必须大于已载入的版本 " + current + " / the version must be above "
                    + current + ", the latest loaded for " + plan.code());
        }
        store(plan, content, loadedBy);
        inForce.put(plan.code(), plan);
        return plan;
    }

    private void store(Plan plan, String content, String by) {
        jdbc.sql("update plan_version set in_force = false where plan_code = :c and in_force").param("c", plan.code()).update();
        jdbc.sql("""
                insert into plan_version (plan_code, version, file_name, content, loaded_by, in_force)
                values (:c, :v, :f, :content, :by, true)
                """).param("c", plan.code()).param("v", plan.version()).param("f", plan.file()).param("content", content)
                .param("by", by).update();
        log.info("Plan {} version {} is in force ({})", plan.code(), plan.version(), plan.file());
    }

    /** The versions of a plan, newest first. */
    public List<Map<String, Object>> versions(String code) {
        return jdbc.sql("""
                select version, file_name, loaded_at, loaded_by, in_force from plan_version
                where plan_code = :c order by version desc""").param("c", code).query().listOfRows();
    }
}
