package org.edubrain.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.postgresql.PGConnection;

/**
 * The second reference for the import benchmark: the least it can cost to write the learner file's
 * rows into the registry's own tables on this server, whatever reads and checks them first. The
 * rows are copied and resolved beforehand (untimed: new ids after the registry's largest, in the order
 * of the national student numbers as an import numbers them, the institutions' ids); then one
 * transaction inserts them as an import's merge does — superuser, no foreign-key triggers, in id
 * order — into {@code learner} (primary key), {@code learner_identity} (primary key, unique student
 * number, unique ID number) and {@code enrolment} (primary key, learner and institution indexes), each
 * statement timed, and is rolled back. Rows whose student number the registry holds already are left
 * out (a new learner's insertion is what is measured).
 *
 * <p>Usage: {@code InsertReference JDBC_URL FILE.csv} (the file in the learners template's 13
 * columns, header row first).
 */
public final class InsertReference {

    private InsertReference() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "")) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set local work_mem = '256MB'");
                s.execute("""
                        create temp table raw (national_student_number text, id_number text, sex text, birth_date text,
                            disability text, hukou_type text, school_year text, institution text, grade text, class_name text,
                            status text, destination text, delivery text) on commit drop
                        """);
                try (InputStream in = Files.newInputStream(file)) {
                    c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy raw from stdin (format csv, header true)", in, 1 << 16);
                }
                s.execute("""
                        create temp table ref on commit drop as
                        select (select max(id) from learner) + row_number() over (order by r.national_student_number)::integer as id,
                               r.*, i.id as institution_id,
                               cast(r.school_year - extract(year from r.birth_date + 121) as smallint) as age
                        from (select national_student_number, id_number, sex::char(1) as sex, birth_date::date as birth_date,
                                     nullif(disability, '') as disability, hukou_type, school_year::smallint as school_year,
                                     institution, grade, status, nullif(destination, '') as destination, delivery
                              from raw) r
                        join institution i on i.code = r.institution
                        where not exists (select 1 from learner_identity li where li.national_student_number = r.national_student_number)
                        """);
                s.execute("analyze ref");
                long rows = count(s, "select count(*) from ref");
                s.execute("set local session_replication_role = replica");
                double learner = timed(s, """
                        insert into learner (id, key, sex, birth_date, disability, hukou_type)
                        select id, learner_import_key(id), sex, birth_date, disability, hukou_type from ref order by id
                        """);
                double identity = timed(s, """
                        insert into learner_identity (learner_id, national_student_number, id_number)
                        select id, national_student_number, id_number from ref order by id
                        """);
                double enrolment = timed(s, """
                        insert into enrolment (school_year, learner_id, institution_id, grade, status, destination, delivery, sex,
                            age, disability)
                        select school_year, id, institution_id, grade, status, destination, delivery, sex, age, disability
                        from ref order by id, school_year
                        """);
                c.rollback();
                double total = learner + identity + enrolment;
                System.out.printf("PostgreSQL INSERT of %s's %,d new learners, resolved beforehand, into the registry's tables"
                        + " (rolled back): learner %.2f s, learner_identity %.2f s, enrolment %.2f s; %.2f s = %,.0f rows/s%n",
                        file.getFileName(), rows, learner, identity, enrolment, total, rows / total);
            }
        }
    }

    private static double timed(Statement s, String sql) throws Exception {
        long t0 = System.nanoTime();
        s.execute(sql);
        return (System.nanoTime() - t0) / 1e9;
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
