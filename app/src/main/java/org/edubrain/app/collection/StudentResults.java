package org.edubrain.app.collection;

import java.sql.SQLException;

import org.edubrain.core.collection.Problem;

/**
 * The checks every data set of students' results shares (fitness, exam results): the student is in
 * the registry ({@code unknown_learner}), enrolled in the school that school year
 * ({@code not_enrolled}); a grade other than the registry's is a warning ({@code grade_differs}).
 */
final class StudentResults {

    private StudentResults() {
    }

    static void check(Staged s) throws SQLException {
        s.report("""
                select s.row_no, s.national_student_number as value from stage s
                where not exists (select 1 from learner_identity li where li.national_student_number = s.national_student_number)
                """, "national_student_number", Problem.Severity.ERROR, "unknown_learner", "学籍库中没有这个全国学籍号",
                "no learner in the registry has this national student number");
        s.report("""
                select s.row_no, s.institution as value from stage s
                join learner_identity li on li.national_student_number = s.national_student_number
                where not exists (select 1 from enrolment e join institution i on i.id = e.institution_id
                                  where e.learner_id = li.learner_id and e.school_year = s.school_year and i.code = s.institution)
                """, "institution", Problem.Severity.ERROR, "not_enrolled", "该学生本学年不在这所学校的学籍中",
                "the learner is not enrolled in this institution in this school year");
        s.report("""
                select s.row_no, s.grade as value, e.grade as detail from stage s
                join learner_identity li on li.national_student_number = s.national_student_number
                join enrolment e on e.learner_id = li.learner_id and e.school_year = s.school_year
                join institution i on i.id = e.institution_id and i.code = s.institution
                where e.grade <> s.grade
                """, "grade", Problem.Severity.WARNING, "grade_differs", "年级与学籍中的年级（{detail}）不同",
                "the grade differs from the one in the registry ({detail})");
    }
}
