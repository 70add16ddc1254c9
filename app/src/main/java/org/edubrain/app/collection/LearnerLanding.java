package org.edubrain.app.collection;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.edubrain.core.collection.DataSet;
import org.edubrain.core.collection.DataSets;
import org.edubrain.core.collection.Problem;
import org.springframework.stereotype.Component;

/**
 * Learners with their yearly enrolment records (学籍), one row per learner and school year,
 * matched on 全国学籍号 and 学年. A new learner gets a pseudonymous key (the only identifier shown
 * outside the identity table); the identity numbers go to {@code learner_identity}. The census
 * attributes of each enrolment (sex, age on 1 September, disability) are taken from the row.
 */
@Component
class LearnerLanding implements Landing {

    private static final List<Merge.Col> LEARNER = List.of(Merge.col("sex"), Merge.col("birth_date"), Merge.col("disability"),
            Merge.col("hukou_type"));
    private static final List<Merge.Col> IDENTITY = List.of(Merge.col("id_number"));
    private static final List<Merge.Col> ENROLMENT = List.of(Merge.col("institution", "ti.code", "s.institution"),
            Merge.col("grade"), Merge.col("class_name", "tc.name_zh", "s.class_name"), Merge.col("status"),
            Merge.col("destination"), Merge.col("delivery"));

    /**
     * The registry's values read beside each resolved row ({@code old_*}): the column, its type when
     * added empty, and where it is read from ({@code l}: the learner, {@code e}: the learner's record
     * that year). One list for the three places that name them: read with the rows, added empty, filled in.
     */
    private record Old(String name, String type, String from) {
    }

    private static final List<Old> OLD = List.of(new Old("old_learner_sex", "char(1)", "l.sex"),
            new Old("old_birth_date", "date", "l.birth_date"), new Old("old_learner_disability", "text", "l.disability"),
            new Old("old_hukou_type", "text", "l.hukou_type"), new Old("old_institution_id", "integer", "e.institution_id"),
            new Old("old_grade", "text", "e.grade"), new Old("old_class_id", "integer", "e.class_id"),
            new Old("old_status", "text", "e.status"), new Old("old_destination", "text", "e.destination"),
            new Old("old_delivery", "text", "e.delivery"), new Old("old_sex", "char(1)", "e.sex"),
            new Old("old_age", "smallint", "e.age"), new Old("old_disability", "text", "e.disability"));

    private static String old(Function<Old, String> each) {
        return OLD.stream().map(each).collect(Collectors.joining(", "));
    }

    private static final String ENROLMENT_MATCHED = """
            res s join enrolment t on s.e_exists and t.school_year = s.school_year and t.learner_id = s.learner_id
            join institution ti on ti.id = t.institution_id
            left join school_class tc on tc.id = t.class_id
            """;

    @Override
    public DataSet set() {
        return DataSets.LEARNERS;
    }

    @Override
    public void check(Staged s) throws SQLException {
        // (both checks first find the keys that occur more than once — one hash aggregation over the
        // file — and compare attributes only for those: a file holds few learners twice)
        s.report("""
                with m as (select national_student_number from stage group by national_student_number having count(*) > 1),
                     a as (select s.national_student_number, s.row_no,
                                  concat(s.id_number, '|', s.sex, '|', s.birth_date, '|', s.disability, '|', s.hukou_type) as attributes
                           from stage s join m on m.national_student_number = s.national_student_number),
                     f as (select national_student_number, min(row_no) as first_row from a group by national_student_number
                           having min(attributes) <> max(attributes))
                select s.row_no, s.national_student_number as value, f.first_row as detail
                from stage s join f on f.national_student_number = s.national_student_number where s.row_no <> f.first_row
                """, "national_student_number", Problem.Severity.ERROR, "inconsistent_learner",
                "同一学生的身份证件号、性别、出生日期、残疾类别或户口性质与第{detail}行不一致",
                "the learner's ID number, sex, date of birth, disability or household registration differ from row {detail}");
        s.report("""
                with m as (select id_number from stage where id_number is not null group by id_number having count(*) > 1),
                     d as (select s.id_number from stage s join m on m.id_number = s.id_number group by s.id_number
                           having count(distinct s.national_student_number) > 1)
                select s.row_no, s.id_number as value from stage s join d on d.id_number = s.id_number
                """, "id_number", Problem.Severity.ERROR, "duplicate_id_number", "同一身份证件号出现在不同学籍号下",
                "the same ID number under different national student numbers");
        // (the rows resolved against the registry here already, for the count after the checks: a row
        // whose learner, found by student number, has this ID number holds it rightly — ID numbers are
        // unique — so only the others are looked up by ID number; in a file submitted again, none)
        resolveRows(s);
        s.exec("analyze res");
        s.report("""
                select r.row_no, r.id_number as value from res r
                join learner_identity li on li.id_number = r.id_number
                where r.old_id_number is distinct from r.id_number
                  and li.national_student_number is distinct from r.national_student_number
                """, "id_number", Problem.Severity.ERROR, "id_number_taken", "该身份证件号已属于另一学籍号的学生",
                "the ID number belongs to a learner with another national student number");
        s.report("""
                select s.row_no, s.class_name as value from stage s join institution i on i.code = s.institution
                where s.class_name is not null and not exists (select 1 from school_class c where c.institution_id = i.id
                      and c.school_year = s.school_year and c.name_zh = s.class_name)
                """, "class_name", Problem.Severity.WARNING, "unknown_class", "该校本学年没有这个班级（先报送班级），班级留空",
                "the school has no such class that year (submit the classes first); the class is left empty");
    }

    /**
     * The staged rows with the learner their student number finds (its id and ID number as they
     * are), the institution, the class and the age on the census day: table {@code res}, made once
     * per import — by the checks, which use it, or else here. (A row of an unknown institution, which
     * the checks refuse, has none: the count and merge never see one.)
     */
    private static void resolveRows(Staged s) throws SQLException {
        s.exec("""
                create temp table if not exists res on commit drop as
                select s.*, li.learner_id, i.id as institution_id, c.id as class_id,
                       cast(s.school_year - extract(year from s.birth_date + 121) as smallint) as age,
                       li.id_number as old_id_number
                from stage s
                left join institution i on i.code = s.institution
                left join learner_identity li on li.national_student_number = s.national_student_number
                left join school_class c on c.institution_id = i.id and c.school_year = s.school_year and c.name_zh = s.class_name
                """);
    }

    /**
     * The staged rows with what they refer to: learner, institution, class, age on the census day,
     * whether the learner has a record that year already ({@code e_exists}), and the values of the
     * learner, the identity and that record as they are ({@code old_*}) — so that counting the
     * changed rows needs no second look at the registry, the updates touch only the rows that can
     * differ, and a file of new learners is inserted without looking at the registry again. Returns
     * the number of rows.
     */
    private static long resolve(Staged s) throws SQLException {
        resolveRows(s);
        long known = s.count("select count(*) from res where learner_id is not null");
        long rows = s.count("select count(*) from res");
        String oldValues = "e.learner_id is not null as e_exists, " + old(o -> o.from() + " as " + o.name());
        if (known == 0 || known * 2 < rows) {
            // a file of mostly new learners: the columns of the registry's values are added empty (no
            // rewrite of the rows) and filled for the few known learners, whose values are read on their
            // own (by index: the statistics the checks took of res tell the planner how few) — one pass over the registry's
            // yearly records, or a copy of every row to add them, would cost more than the file; a file
            // of new learners only does not read the registry's records at all
            s.exec("alter table res add column e_exists boolean not null default false, "
                    + old(o -> "add column " + o.name() + " " + o.type()));
            if (known > 0) {
                s.exec("""
                        create temp table res_old on commit drop as
                        select r.row_no, %s
                        from res r
                        join learner l on l.id = r.learner_id
                        left join enrolment e on e.school_year = r.school_year and e.learner_id = r.learner_id
                        where r.learner_id is not null
                        """.formatted(oldValues));
                s.exec("update res r set e_exists = o.e_exists, " + old(o -> o.name() + " = o." + o.name())
                        + " from res_old o where o.row_no = r.row_no");
            }
        } else {
            // (the file's years bound the registry's yearly records that can match: the planner then
            // reads those years only, not every year since the registry began. The rows are joined by
            // merging, sorted by learner: hashing a million wide rows to probe them with the year's
            // records cost more than sorting both — 5.9 s against 3.5 s for a million known learners
            // on the scale-1 city grown by three million — which the planner does not see)
            s.exec("set local enable_hashjoin = off");
            s.exec("""
                    create temp table res_known on commit drop as
                    select r.*, %s
                    from res r
                    left join learner l on l.id = r.learner_id
                    left join enrolment e on e.school_year = r.school_year and e.learner_id = r.learner_id
                         and e.school_year between %d and %d
                    """.formatted(oldValues, s.count("select min(school_year) from res"), s.count("select max(school_year) from res")));
            s.exec("set local enable_hashjoin = on");
            s.exec("drop table res");
            s.exec("alter table res_known rename to res");
        }
        s.exec("analyze res");
        // the learners of the file, a new one numbered (new_no) in the order of the student numbers (see
        // merge). One row per student number: the checks refuse a file whose rows of one learner differ
        // in the learner's attributes, and learner_id follows from the student number. The numbering
        // counts the new learners in the order the distinct rows are sorted in already — one sort of
        // the file (grouping by every attribute and numbering after took a hash aggregation and a
        // second sort: 4.0 s against 1.9 s for a million learners)
        s.exec("""
                create temp table if not exists lrn on commit drop as
                select d.*, %s as new_no
                from (select distinct on (national_student_number) national_student_number, learner_id, id_number, sex,
                             birth_date, disability, hukou_type, learner_id is null as is_new
                      from res order by national_student_number) d
                """.formatted(known < rows
                ? "case when is_new then count(*) filter (where is_new) over (order by national_student_number rows unbounded preceding) end"
                : "null::bigint"));
        s.exec("analyze lrn");
        return rows;
    }

    @Override
    public Staged.Counts count(Staged s) throws SQLException {
        long total = resolve(s);
        // rows without a record that year are new; of the others, those that differ in the
        // enrolment, its census attributes, the class, the learner or the identity are changed
        long matched = s.count("select count(*) from res where e_exists");
        // (the record as it is was read into res with the row: no second look at the registry)
        long updated = s.count("""
                select count(*) from res
                where e_exists
                  and ((old_institution_id, old_grade, old_class_id, old_status, old_destination, old_delivery, old_sex::text,
                        old_age, old_disability)
                       is distinct from (institution_id, grade, class_id, status, destination, delivery, sex, age, disability)
                    or (old_learner_sex::text, old_birth_date, old_learner_disability, old_hukou_type)
                       is distinct from (sex, birth_date, disability, hukou_type)
                    or old_id_number is distinct from id_number)
                """);
        return new Staged.Counts(total - matched, updated, matched - updated);
    }

    @Override
    public void merge(Staged s, int submission) throws SQLException {
        String by = s.who.username();
        // A superuser connection (the embedded database) writes without the foreign-key triggers,
        // which check each row again (and cost most of the time of a large file): every reference
        // was resolved from the registry in this transaction (institution and class by join, the
        // learner inserted just before), and registry records are never deleted, only closed.
        // The notes of what changed, which the triggers would write, are written here instead.
        boolean notes = s.count("select count(*) where current_setting('is_superuser') = 'on'") == 1;
        if (notes) {
            s.exec("set local session_replication_role = replica");
        }
        // A learner new to the registry is numbered (new_no) in the order of the national student
        // numbers; the ids base + new_no are taken from the sequence at once (the import holds the
        // learners' lock, and no other writer adds learners). The identities and yearly records are
        // then inserted in the order of the ids: their btrees (id, student number, the ID number inside
        // most student numbers, year and learner) grow at their right edge or at a few places rather
        // than at random ones, where PostgreSQL inserts without searching the tree (for a million new
        // learners on the scale-1 city the yearly records took 16 s in file order, 9 s in this one).
        long newLearners = s.count("select count(*) from lrn where is_new");
        long base = s.count(Merge.reserveIds("learner"), newLearners) - newLearners;
        // the learners: history, changes, new ones (with a pseudonymous key made from the new id: V16)
        s.update(Merge.history("learner", "t.key", "lrn s join learner t on not s.is_new and t.id = s.learner_id", LEARNER), submission, by);
        s.update(Merge.history("learner_identity", "k.key",
                "lrn s join learner_identity t on not s.is_new and t.learner_id = s.learner_id join learner k on k.id = s.learner_id",
                IDENTITY),
                submission, by);
        // identity numbers live in learner_identity only: the history keeps them masked as the pages
        // show them (IdNumber.mask: the first and last four characters)
        s.update("""
                update record_history set old_value = left(old_value, 4) || repeat('*', length(old_value) - 8) || right(old_value, 4),
                    new_value = left(new_value, 4) || repeat('*', length(new_value) - 8) || right(new_value, 4)
                where submission_id = ? and table_name = 'learner_identity'
                """, submission);
        s.update("""
                with u as (
                    update learner t set sex = s.sex, birth_date = s.birth_date, disability = s.disability,
                        hukou_type = s.hukou_type, submission_id = ?
                    from lrn s where not s.is_new and t.id = s.learner_id and %s
                    returning t.id)
                insert into registry_change (table_name) select 'learner' where %s and exists (select 1 from u)
                """.formatted(Merge.differs(LEARNER), notes), submission);
        s.update("""
                update learner_identity t set id_number = s.id_number from lrn s
                where not s.is_new and t.learner_id = s.learner_id and t.id_number is distinct from s.id_number
                """);
        s.update("""
                insert into learner (id, key, sex, birth_date, disability, hukou_type, submission_id)
                select id, learner_import_key(id), sex, birth_date, disability, hukou_type, ?
                from (select ?::integer + new_no::integer as id, * from lrn where is_new) n
                order by id
                """, submission, base);
        s.update("""
                insert into learner_identity (learner_id, national_student_number, id_number)
                select ?::integer + new_no::integer, national_student_number, id_number from lrn where is_new order by new_no
                """, base);
        // the enrolments: history, changes, new ones
        s.update(Merge.history("enrolment", "k.key || '/' || t.school_year", ENROLMENT_MATCHED + " join learner k on k.id = t.learner_id",
                ENROLMENT), submission, by);
        // (o is the record as it was: the note names the institution it leaves as well)
        s.update("""
                with u as (
                    update enrolment t set institution_id = s.institution_id, grade = s.grade, class_id = s.class_id,
                        status = s.status, destination = s.destination, delivery = s.delivery, sex = s.sex, age = s.age,
                        disability = s.disability, submission_id = ?
                    from res s join enrolment o on s.e_exists and o.school_year = s.school_year and o.learner_id = s.learner_id
                    where s.e_exists and t.school_year = s.school_year and t.learner_id = s.learner_id
                      and ((t.institution_id, t.grade, t.class_id, t.status, t.destination, t.delivery, t.sex, t.age,
                            t.disability)
                           is distinct from (s.institution_id, s.grade, s.class_id, s.status, s.destination, s.delivery,
                                             s.sex, s.age, s.disability))
                    returning t.school_year, t.learner_id, t.institution_id, o.institution_id as old_institution_id)
                insert into registry_change (table_name, school_year, institution_id, learner_id)
                select 'enrolment', school_year, institution_id, learner_id from u where %1$s
                union all
                select 'enrolment', school_year, old_institution_id, learner_id from u
                where %1$s and old_institution_id <> institution_id
                """.formatted(notes), submission);
        s.update("""
                insert into enrolment (school_year, learner_id, institution_id, grade, class_id, status, destination,
                    delivery, sex, age, disability, submission_id)
                select s.school_year, coalesce(l.learner_id, ?::integer + l.new_no::integer) as id, s.institution_id, s.grade,
                       s.class_id, s.status, s.destination, s.delivery, s.sex, s.age, s.disability, ?
                from res s join lrn l on l.national_student_number = s.national_student_number
                where not s.e_exists
                order by id, s.school_year
                """, base, submission);
        if (notes) {
            // a learner new to the registry (no learner_id in res) has no other record: the
            // institution and year say it all
            s.update("""
                    insert into registry_change (table_name, school_year, institution_id, learner_id)
                    select distinct 'enrolment', school_year, institution_id, learner_id from res where not e_exists
                    """);
        }
    }

    @Override
    public String exportQuery(ExportScope scope) {
        return """
                select li.national_student_number, li.id_number, l.sex, l.birth_date, l.disability, l.hukou_type,
                       t.school_year, i.code as institution, t.grade, c.name_zh as class_name, t.status, t.destination,
                       t.delivery
                from enrolment t
                join learner l on l.id = t.learner_id
                join learner_identity li on li.learner_id = t.learner_id
                join institution i on i.id = t.institution_id
                left join school_class c on c.id = t.class_id
                where %s and %s
                order by li.national_student_number, t.school_year
                """.formatted(scope.institution("i.id", "make_date(t.school_year, 9, 1)"), scope.year("t.school_year"));
    }
}
