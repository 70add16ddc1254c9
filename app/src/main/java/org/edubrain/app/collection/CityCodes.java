package org.edubrain.app.collection;

import java.util.List;

import org.edubrain.app.shared.DataVersion;
import org.edubrain.core.collection.CodeList;
import org.edubrain.core.collection.CodeLists;
import org.edubrain.core.registry.Coded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The code lists of the data sets with the city's own: {@code district} (its county-level units
 * under GB/T 2260 codes, as they are now) and {@code zone} (its functional zones), read from the
 * database again when the data version moves.
 */
@Component
class CityCodes {

    private final JdbcClient jdbc;
    private final DataVersion version;
    private volatile CodeLists cached;
    private volatile long cachedVersion = Long.MIN_VALUE;

    CityCodes(JdbcClient jdbc, DataVersion version) {
        this.jdbc = jdbc;
        this.version = version;
    }

    CodeLists current() {
        long v = version.registry(); // the org units are the registry's (CityHierarchy moves its version)
        CodeLists c = cached;
        if (c != null && v == cachedVersion) {
            return c;
        }
        List<Coded.Label> districts = jdbc.sql("""
                select o.code, o.name_zh, o.name_en from org_unit o
                join org_unit_parent p on p.child_id = o.id and p.valid_to is null
                join org_unit city on city.id = p.parent_id and city.kind = 'city'
                where o.classification = 'administrative' order by o.code
                """).query((rs, n) -> new Coded.Label(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        List<Coded.Label> zones = jdbc.sql("""
                select code, name_zh, name_en from org_unit where classification = 'functional' order by code
                """).query((rs, n) -> new Coded.Label(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        c = CodeLists.standard().with(new CodeList("district", districts)).with(new CodeList("zone", zones));
        cached = c;
        cachedVersion = v;
        return c;
    }
}
