package org.edubrain.app.security;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The audit table: who read or changed what, when. Entries name the object (a learner's
 * pseudonymous key, a user name) but never hold a sensitive value itself.
 */
@Component
public class AuditLog {

    /** One entry, for display. */
    public record Entry(long id, java.time.OffsetDateTime at, String actor, String action, String objectType,
            String objectKey, String detail, String remoteAddr) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String actor, String action, String objectType, String objectKey, Map<String, ?> detail,
            String remoteAddr) {
        // (the entry is on disk before the read it records is answered: the server's default lets a
        // commit return before its WAL is flushed, and set_config(…, true) holds until this
        // statement's own transaction commits)
        jdbc.sql("""
                with durable as (select set_config('synchronous_commit', 'on', true))
                insert into audit_event (actor, action, object_type, object_key, detail, remote_addr)
                select :actor, :action, :type, :key, cast(:detail as jsonb), :addr from durable
                """)
                .param("actor", actor).param("action", action).param("type", objectType).param("key", objectKey)
                .param("detail", detail == null ? null : json.writeValueAsString(detail)).param("addr", remoteAddr)
                .update();
    }

    public List<Entry> recent(int limit, int offset, String actionFilter) {
        return jdbc.sql("""
                select id, at, actor, action, object_type, object_key, detail::text, remote_addr
                from audit_event where (cast(:action as text) is null or action = :action)
                order by id desc limit :limit offset :offset
                """)
                .param("action", actionFilter).param("limit", limit).param("offset", offset)
                .query((rs, i) -> new Entry(rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }

    public long count(String actionFilter) {
        return jdbc.sql("select count(*) from audit_event where (cast(:action as text) is null or action = :action)")
                .param("action", actionFilter).query(Long.class).single();
    }
}
