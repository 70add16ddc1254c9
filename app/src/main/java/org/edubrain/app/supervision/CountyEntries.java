package org.edubrain.app.supervision;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.edubrain.app.shared.EvidenceFile;
import org.edubrain.core.supervision.CountyEvaluation;
import org.edubrain.core.supervision.CountyIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the bureau enters with evidence for the indicators of the county evaluations that the
 * registry cannot decide ({@link CountyIndicator}): a figure or a finding, the evidence (which
 * document, which page, what was seen) and optionally the document itself. Entries are never
 * changed or deleted: the latest for a unit, year and indicator is in force and the earlier ones
 * are its history. Who may enter is the pages' business ({@code SupervisionPages}).
 */
@Component
public class CountyEntries {

    /** An entry as stored. */
    public record Stored(long id, CountyIndicator indicator, Double value, Boolean met, String evidence, String enteredBy,
            OffsetDateTime enteredAt, Long fileId, String fileName) {

        public CountyEvaluation.Entry entry() {
            return new CountyEvaluation.Entry(value, met);
        }
    }

    /** A refused entry, with the reason in Chinese and English. */
    public static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    private final JdbcClient jdbc;

    CountyEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records an entry and returns its id. A figure for a rate or registry indicator (0–100 000 000,
     * two decimals), a finding for the others; the evidence is required (at most 2,000 characters).
     */
    public long enter(int orgUnitId, int year, CountyIndicator k, Double value, Boolean met, String evidence, EvidenceFile file,
            String user) {
        if (k.figure()) {
            if (value == null || value.isNaN() || value < 0 || value > 1e8) {
                throw new Invalid("「" + k.nameZh() + "」须填写0至1亿之间的数值 / " + k.nameEn() + ": a figure from 0 to 100,000,000 is required");
            }
            met = null;
        } else {
            if (met == null) {
                throw new Invalid("「" + k.nameZh() + "」须选择是否达到要求 / " + k.nameEn() + ": say whether it is met");
            }
            value = null;
        }
        String text = evidence == null ? "" : evidence.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new Invalid("须填写证明材料说明（不超过2000字） / the evidence (up to 2,000 characters) is required");
        }
        long id = jdbc.sql("""
                insert into supervision_entry (org_unit_id, school_year, indicator, value, met, evidence, entered_by)
                values (:u, :y, :k, :v, :m, :e, :by) returning id
                """).param("u", orgUnitId).param("y", year).param("k", k.code())
                .param("v", value == null ? null : BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP))
                .param("m", met).param("e", text).param("by", user).query(Long.class).single();
        if (file != null) {
            file.save(jdbc, "supervision_evidence", "entry_id", id);
        }
        return id;
    }

    /** The entries in force for a unit and year, by indicator. */
    public Map<CountyIndicator, Stored> current(int orgUnitId, int year) {
        Map<CountyIndicator, Stored> m = new EnumMap<>(CountyIndicator.class);
        for (Stored s : query("""
                select distinct on (e.indicator) %s
                where e.org_unit_id = :u and e.school_year = :y
                order by e.indicator, e.id desc
                """, orgUnitId, year, null)) {
            m.put(s.indicator(), s);
        }
        return m;
    }

    /** Every entry of an indicator for a unit and year, the latest first. */
    public List<Stored> history(int orgUnitId, int year, CountyIndicator k) {
        return query("""
                select %s
                where e.org_unit_id = :u and e.school_year = :y and e.indicator = :k
                order by e.id desc
                """, orgUnitId, year, k);
    }

    private List<Stored> query(String template, int orgUnitId, int year, CountyIndicator k) {
        String columns = """
                e.id, e.indicator, e.value, e.met, e.evidence, e.entered_by, e.entered_at,
                       (select min(f.id) from supervision_evidence f where f.entry_id = e.id) as file_id,
                       (select min(f.file_name) from supervision_evidence f where f.entry_id = e.id) as file_name
                from supervision_entry e""";
        var spec = jdbc.sql(template.formatted(columns)).param("u", orgUnitId).param("y", year);
        if (k != null) {
            spec = spec.param("k", k.code());
        }
        return spec.query((rs, n) -> {
            BigDecimal v = rs.getBigDecimal(3);
            Boolean met = (Boolean) rs.getObject(4);
            long file = rs.getLong(8);
            Long fileId = rs.wasNull() ? null : file;
            return new Stored(rs.getLong(1), CountyIndicator.ofCode(rs.getString(2)).orElseThrow(), v == null ? null : v.doubleValue(), met,
                    rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class), fileId, rs.getString(9));
        }).list();
    }

    /** An evidence file with the unit and year of its entry (for the scope check). */
    public record File(int orgUnitId, int year, String name, String mediaType, byte[] content) {
    }

    /** The file, or null. */
    public File file(long id) {
        return jdbc.sql("""
                select e.org_unit_id, e.school_year, f.file_name, f.media_type, f.content
                from supervision_evidence f join supervision_entry e on e.id = f.entry_id where f.id = :id
                """).param("id", id)
                .query((rs, n) -> new File(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getBytes(5)))
                .optional().orElse(null);
    }
}
