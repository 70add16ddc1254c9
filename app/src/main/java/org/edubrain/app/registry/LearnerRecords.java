package org.edubrain.app.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.edubrain.app.registry.Views.EnrolmentRow;
import org.edubrain.app.registry.Views.Identity;
import org.edubrain.app.registry.Views.LearnerDetail;
import org.edubrain.app.security.AuditLog;
import org.edubrain.app.security.CurrentUser;
import org.edubrain.core.registry.IdNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's record and its sensitive attributes (DESIGN.md, Personal data). The national
 * student number and the ID number are read only here: masked on the learner page, in full only
 * for administrators who ask for them, and every read goes to the audit table.
 */
@Service
public class LearnerRecords {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    public LearnerRecords(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * The id of the learner with a pseudonymous key, when the user's role sees learners and one of
     * the learner's enrolments was in the user's scope; 403 otherwise, 404 for an unknown key.
     */
    public int learnerId(String key, CurrentUser user) {
        if (!user.role().seesLearners()) {
            throw new AccessDeniedException("this role sees aggregates only");
        }
        // an import's key gives its id (V16: only the other keys are indexed); the demo city's are looked up
        Integer id = jdbc.sql("""
                select id from learner where id = learner_id_of_key(:k) and key = :k
                union all
                select id from learner where key = :k and key not like 'S%'
                """).param("k", key).query(Integer.class).optional()
                .orElseThrow(() -> new RegistryQueries.NotFound("learner"));
        // in scope when any of the learner's enrolments was at an institution in the scope that year
        boolean inScope = ScopeSql.bind(jdbc.sql("""
                select exists (select 1 from enrolment e join institution i on i.id = e.institution_id
                               where e.learner_id = :id and """
                + ScopeSql.institution("i", user.scope(), "make_date(e.school_year, 9, 1)") + ")"), user.scope())
                .param("id", id).query(Boolean.class).single();
        if (!inScope) {
            throw new AccessDeniedException("learner outside the user's scope");
        }
        return id;
    }

    @Transactional
    public LearnerDetail detail(String key, CurrentUser user, String remoteAddr) {
        int id = learnerId(key, user);
        var base = jdbc.sql("""
                select l.key, l.sex, l.birth_date, l.disability, l.hukou_type, li.national_student_number, li.id_number
                from learner l left join learner_identity li on li.learner_id = l.id where l.id = :id
                """).param("id", id).query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2),
                rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)})
                .single();
        List<EnrolmentRow> history = jdbc.sql("""
                select e.school_year as year, i.code as institution_code, i.name_zh as institution_zh, e.grade,
                       c.name_zh as class_name, e.status, e.destination, e.delivery
                from enrolment e join institution i on i.id = e.institution_id
                left join school_class c on c.id = e.class_id
                where e.learner_id = :id order by e.school_year
                """).param("id", id).query(EnrolmentRow.class).list();
        audit.record(user.username(), "learner.view", "learner", key, Map.of("identity", "masked"), remoteAddr);
        String number = (String) base[5];
        String idNumber = (String) base[6];
        return new LearnerDetail((String) base[0], (String) base[1], (LocalDate) base[2], (String) base[3],
                (String) base[4], maskStudentNumber(number), idNumber == null ? null : IdNumber.mask(idNumber), history);
    }

    /** The full identity numbers, for a role that may see them; the read is audited first. */
    @Transactional
    public Identity reveal(String key, CurrentUser user, String reason, String remoteAddr) {
        if (!user.role().revealsIdentity()) {
            throw new AccessDeniedException("this role may not see identity numbers");
        }
        if (reason == null || reason.strip().length() < 4) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
                    "查看完整号码须说明理由 / a reason is required");
        }
        int id = learnerId(key, user);
        audit.record(user.username(), "identity.reveal", "learner", key,
                Map.of("reason", reason == null ? "" : reason.strip()), remoteAddr);
        return jdbc.sql("""
                select l.key, li.national_student_number, li.id_number
                from learner l left join learner_identity li on li.learner_id = l.id where l.id = :id
                """).param("id", id).query(Identity.class).single();
    }

    static String maskStudentNumber(String number) {
        if (number == null) {
            return null;
        }
        if (number.length() == 19) {
            return number.charAt(0) + IdNumber.mask(number.substring(1));
        }
        return number.substring(0, Math.min(2, number.length())) + "*".repeat(Math.max(0, number.length() - 6))
                + number.substring(Math.max(2, number.length() - 4));
    }
}
