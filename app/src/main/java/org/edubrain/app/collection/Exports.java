package org.edubrain.app.collection;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.edubrain.app.security.AuditLog;
import org.edubrain.app.security.CurrentUser;
import org.edubrain.app.security.Role;
import org.edubrain.core.collection.CodeLists;
import org.edubrain.core.collection.Column;
import org.edubrain.core.collection.ColumnType;
import org.edubrain.core.collection.DataSet;
import org.edubrain.core.collection.RowParser;
import org.springframework.stereotype.Service;

/**
 * Templates and exports: every data set back to xlsx or CSV in the template's layout, so that
 * export → import → export gives the same file content. Rows are streamed from the database
 * (a cursor, not a list); text that a spreadsheet would run as a formula is neutralised. An
 * export of learners (with identity numbers) is audited.
 */
@Service
public class Exports {

    private final DataSource dataSource;
    private final Map<String, Landing> landings;
    private final CityCodes codes;
    private final AuditLog audit;

    Exports(DataSource dataSource, List<Landing> landings, CityCodes codes, AuditLog audit) {
        this.dataSource = dataSource;
        this.landings = landings.stream().collect(Collectors.toMap(l -> l.set().name(), Function.identity()));
        this.codes = codes;
        this.audit = audit;
    }

    /** Whether a role may export a data set: records of people only to administrators (identity numbers). */
    public static boolean mayExport(Role role, DataSet set) {
        return switch (set.name()) {
            case "learners" -> role == Role.CITY_ADMIN || role == Role.DISTRICT_ADMIN || role == Role.SCHOOL_ADMIN;
            case "teachers" -> role != Role.ANALYST;
            default -> true;
        };
    }

    /** The empty template: the header row(s), and in xlsx the drop-downs, code lists and notes. */
    public void template(DataSet set, String format, boolean english, OutputStream out) throws IOException {
        try (TableWriter w = TableWriter.open(format, set, codes.current(), english, out)) {
            // headers only
        }
    }

    /** Writes the records in the user's scope (one year, or all when {@code year} is null); returns the rows written. */
    public long export(DataSet set, String format, boolean english, Integer year, CurrentUser who, OutputStream out)
            throws IOException {
        CodeLists lists = codes.current();
        String sql = landings.get(set.name()).exportQuery(new ExportScope(who.scope(), year));
        long rows = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(5000);
                try (ResultSet rs = ps.executeQuery(); TableWriter w = TableWriter.open(format, set, lists, english, out)) {
                    List<Column> cols = set.columns();
                    Object[] cells = new Object[cols.size()];
                    while (rs.next()) {
                        for (int i = 0; i < cells.length; i++) {
                            cells[i] = cell(cols.get(i), rs, lists, "xlsx".equals(format));
                        }
                        w.row(cells);
                        rows++;
                    }
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IOException("the export could not be read: " + e.getMessage(), e);
        }
        if (set.sensitive()) {
            audit.record(who.username(), "export." + set.name(), "data_set", set.name(),
                    Map.of("rows", rows, "format", format, "year", year == null ? "all" : year), null);
        }
        return rows;
    }

    /** A column's value as written: text as the template writes it; in xlsx, numbers stay numbers. */
    private static Object cell(Column c, ResultSet rs, CodeLists lists, boolean xlsx) throws SQLException {
        Object v = switch (c.type()) {
            case TEXT, CODE -> rs.getString(c.name());
            case INTEGER -> {
                long l = rs.getLong(c.name());
                yield rs.wasNull() ? null : l;
            }
            case DECIMAL, SECONDS -> {
                BigDecimal d = rs.getBigDecimal(c.name());
                if (d == null) {
                    yield null;
                }
                d = d.stripTrailingZeros();
                yield d.scale() < 0 ? d.setScale(0) : d;
            }
            case DATE -> rs.getObject(c.name(), LocalDate.class);
            case BOOLEAN -> {
                boolean b = rs.getBoolean(c.name());
                yield rs.wasNull() ? null : b;
            }
        };
        if (v == null) {
            return null;
        }
        if (xlsx && c.type().numeric()) {
            return v;
        }
        return RowParser.write(c, v, lists);
    }
}
