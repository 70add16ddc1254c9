package org.edubrain.app.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.edubrain.app.shared.DataVersion;

import org.edubrain.core.indicator.OrgSelector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The org units indicators are evaluated for: the plan's own unit and, for a city plan, its districts and zones. */
@Component
public class OrgUnits {

    /** An org unit with its kind and the facts it adds up. */
    public record Unit(int id, String code, String nameZh, String nameEn, String kind, boolean isPlanUnit) {

        public OrgSelector selector() {
            return switch (kind) {
                case "city" -> OrgSelector.CITY;
                case "functional_zone" -> OrgSelector.zone(id);
                default -> OrgSelector.district(id);
            };
        }

        public boolean isZone() {
            return "functional_zone".equals(kind);
        }
    }

    private final JdbcClient jdbc;
    private final DataVersion version;
    /** Units by code, for the data version they were read at (every API call names one). */
    private final Map<String, Unit> byCode = new ConcurrentHashMap<>();
    private volatile long byCodeVersion = Long.MIN_VALUE;

    OrgUnits(JdbcClient jdbc, DataVersion version) {
        this.jdbc = jdbc;
        this.version = version;
    }

    /** The units of a plan: its own, then (for a city) the current county-level units and the zones. */
    public List<Unit> evaluated(String planOrgCode) {
        Unit own = byCode(planOrgCode, planOrgCode);
        List<Unit> out = new ArrayList<>();
        if (own == null) {
            return out;
        }
        out.add(own);
        if (own.kind().equals("city")) {
            out.addAll(jdbc.sql("""
                    select o.id, o.code, o.name_zh, o.name_en, o.kind, false as is_plan_unit from org_unit o
                    join org_unit_parent p on p.child_id = o.id and p.parent_id = :city and p.valid_to is null
                    order by o.classification, o.code
                    """).param("city", own.id()).query(Unit.class).list());
        }
        return out;
    }

    public Unit byCode(String code, String planOrgCode) {
        long v = version.recent();
        if (v != byCodeVersion) {
            byCode.clear();
            byCodeVersion = v;
        }
        String key = code + "\u0000" + planOrgCode;
        Unit cached = byCode.get(key);
        if (cached != null) {
            return cached;
        }
        Unit u = read(code, planOrgCode);
        if (u != null && byCode.size() < 10_000) {
            byCode.put(key, u);
        }
        return u;
    }

    private Unit read(String code, String planOrgCode) {
        return jdbc.sql("select id, code, name_zh, name_en, kind, code = :p as is_plan_unit from org_unit where code = :c")
                .param("c", code).param("p", planOrgCode).query(Unit.class).optional().orElse(null);
    }

    public Unit byId(int id, String planOrgCode) {
        return jdbc.sql("select id, code, name_zh, name_en, kind, code = :p as is_plan_unit from org_unit where id = :id")
                .param("id", id).param("p", planOrgCode).query(Unit.class).optional().orElse(null);
    }
}
