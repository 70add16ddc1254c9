package org.edubrain.app.collection;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.edubrain.app.security.AuditLog;
import org.edubrain.app.security.CurrentUser;
import org.edubrain.app.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submissions and their review (审核): a school's submission goes to its district, the district's
 * to the city. Approving locks the submission's periods (data set × institution × year) against
 * new imports; returning it, or reopening it, removes its locks. A district lock may be reopened
 * by the district or the city, a city lock only by the city.
 *
 * <p>States: submitted → district_approved → city_approved; submitted or district_approved →
 * returned (退回, with a note). The city may approve a submission that is still submitted.
 */
@Service
public class Submissions {

    /** A submission as listed. */
    public record Summary(int id, String dataSet, String fileName, String channel, String submittedBy, OffsetDateTime submittedAt,
            List<Integer> years, int institutions, int rowsTotal, int rowsInserted, int rowsUpdated, int rowsUnchanged, int warnings,
            String status, String reviewedBy, OffsetDateTime reviewedAt, String reviewNote) {
    }

    /** A changed value, as the record pages show it. */
    public record Change(long id, int submissionId, String tableName, String recordKey, String column, String oldValue,
            String newValue, String changedBy, OffsetDateTime changedAt) {
    }

    /** A refused review step. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    private static final String SELECT = """
            select id, data_set, file_name, channel, submitted_by, submitted_at, years, cardinality(institutions),
                   rows_total, rows_inserted, rows_updated, rows_unchanged, warnings, status, reviewed_by, reviewed_at, review_note
            from submission s
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Submissions(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    private static Summary map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Short[] years = (Short[]) rs.getArray(7).getArray();
        return new Summary(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, OffsetDateTime.class), java.util.Arrays.stream(years).map(Short::intValue).toList(), rs.getInt(8),
                rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getString(14), rs.getString(15),
                rs.getObject(16, OffsetDateTime.class), rs.getString(17));
    }

    /** A condition on submission {@code s}: visible to the user (all its institutions in their scope, or theirs). */
    private static String visible(CurrentUser who) {
        var scope = who.scope();
        if (scope.cityWide()) {
            return "true";
        }
        String mine = "s.submitted_by = '" + who.username().replace("'", "''") + "'";
        if (scope.institutionId() != null) {
            return "(" + mine + " or s.institutions = array[" + scope.institutionId() + "])";
        }
        return "(" + mine + " or (cardinality(s.institutions) > 0 and not exists (select 1 from unnest(s.institutions) x(id) where not "
                + Scopes.institution(scope, "x.id", "current_date") + "))"
                + " or s.scope_org_unit_id = " + scope.orgUnitId() + ")";
    }

    public List<Summary> list(CurrentUser who, String dataSet, String status, int limit, int offset) {
        return jdbc.sql(SELECT + " where " + visible(who) + """
                 and (cast(:set as text) is null or s.data_set = :set) and (cast(:status as text) is null or s.status = :status)
                order by s.id desc limit :limit offset :offset
                """).param("set", dataSet).param("status", status).param("limit", limit).param("offset", offset)
                .query(Submissions::map).list();
    }

    public Optional<Summary> get(CurrentUser who, int id) {
        return jdbc.sql(SELECT + " where s.id = :id and " + visible(who)).param("id", id).query(Submissions::map).optional();
    }

    /** The values a submission changed (the first {@code limit}). */
    public List<Change> changes(int submissionId, int limit) {
        return jdbc.sql("""
                select id, submission_id, table_name, record_key, column_name as "column", old_value, new_value, changed_by, changed_at
                from record_history where submission_id = :id order by id limit :limit
                """).param("id", submissionId).param("limit", limit).query(Change.class).list();
    }

    /** The history of one record (a table and its record key), newest first. */
    public List<Change> history(String table, String keyPrefix, int limit) {
        return jdbc.sql("""
                select id, submission_id, table_name, record_key, column_name as "column", old_value, new_value, changed_by, changed_at
                from record_history where table_name = :t and (record_key = :k or record_key like :p)
                order by id desc limit :limit
                """).param("t", table).param("k", keyPrefix).param("p", keyPrefix.replace("%", "\\%") + "/%")
                .param("limit", limit).query(Change.class).list();
    }

    private static boolean reviewer(CurrentUser who) {
        return who.role() == Role.CITY_ADMIN || who.role() == Role.DISTRICT_ADMIN;
    }

    private Summary reviewable(CurrentUser who, int id) {
        Summary s = get(who, id).orElseThrow(() -> new Refused("没有这条报送 / no such submission"));
        if (!reviewer(who)) {
            throw new Refused("只有区级或市级管理员可以审核 / only district and city administrators review submissions");
        }
        if (who.role() == Role.DISTRICT_ADMIN && who.username().equals(s.submittedBy())) {
            throw new Refused("不能审核自己的报送，由市级审核 / you cannot review your own submission; the city does");
        }
        return s;
    }

    /** Approves: a district administrator to district_approved, a city administrator to city_approved; locks its periods. */
    @Transactional
    public Summary approve(CurrentUser who, int id, String note) {
        Summary s = reviewable(who, id);
        boolean city = who.role() == Role.CITY_ADMIN;
        String from = s.status();
        if (!(from.equals("submitted") || (city && from.equals("district_approved")))) {
            throw new Refused("当前状态（" + from + "）不能再审核通过 / a submission in state " + from + " cannot be approved");
        }
        String level = city ? "city" : "district";
        jdbc.sql("update submission set status = :st, reviewed_by = :by, reviewed_at = now(), review_note = :note where id = :id")
                .param("st", level + "_approved").param("by", who.username()).param("note", note).param("id", id).update();
        jdbc.sql("""
                insert into period_lock (data_set, institution_id, year, level, submission_id, locked_by)
                select s.data_set, i.id, y.year, :level, s.id, :by
                from submission s cross join unnest(s.institutions) i(id) cross join unnest(s.years) y(year)
                where s.id = :id
                on conflict (data_set, institution_id, year) do update
                  set level = excluded.level, submission_id = excluded.submission_id, locked_by = excluded.locked_by,
                      locked_at = now()
                """).param("level", level).param("by", who.username()).param("id", id).update();
        audit.record(who.username(), "submission.approve", "submission", String.valueOf(id),
                Map.of("level", level, "note", note == null ? "" : note), null);
        return get(who, id).orElseThrow();
    }

    /** Returns a submission to its submitter (退回) with a note; removes its locks. The data stay as imported. */
    @Transactional
    public Summary giveBack(CurrentUser who, int id, String note) {
        Summary s = reviewable(who, id);
        if (s.status().equals("returned")) {
            throw new Refused("该报送已经退回 / the submission was already returned");
        }
        if (s.status().equals("city_approved") && who.role() != Role.CITY_ADMIN) {
            throw new Refused("市级已审核通过，只有市级可以退回 / approved by the city: only the city can return it");
        }
        if (note == null || note.isBlank()) {
            throw new Refused("退回需要说明原因 / returning needs a note saying why");
        }
        jdbc.sql("update submission set status = 'returned', reviewed_by = :by, reviewed_at = now(), review_note = :note where id = :id")
                .param("by", who.username()).param("note", note).param("id", id).update();
        jdbc.sql("delete from period_lock where submission_id = :id").param("id", id).update();
        audit.record(who.username(), "submission.return", "submission", String.valueOf(id), Map.of("note", note), null);
        return get(who, id).orElseThrow();
    }

    /** Reopens an approved submission's periods for new imports: back to submitted. */
    @Transactional
    public Summary reopen(CurrentUser who, int id, String note) {
        Summary s = reviewable(who, id);
        if (s.status().equals("city_approved") && who.role() != Role.CITY_ADMIN) {
            throw new Refused("市级锁定的数据只能由市级重新开放 / a city lock is reopened only by the city");
        }
        if (!s.status().endsWith("_approved")) {
            throw new Refused("只有已审核通过的报送可以重新开放 / only an approved submission can be reopened");
        }
        jdbc.sql("update submission set status = 'submitted', reviewed_by = :by, reviewed_at = now(), review_note = :note where id = :id")
                .param("by", who.username()).param("note", note).param("id", id).update();
        jdbc.sql("delete from period_lock where submission_id = :id").param("id", id).update();
        audit.record(who.username(), "submission.reopen", "submission", String.valueOf(id), Map.of("note", String.valueOf(note)), null);
        return get(who, id).orElseThrow();
    }
}
