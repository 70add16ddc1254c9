package org.edubrain.app.registry;

import org.edubrain.app.security.OrgScope;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * The SQL condition that keeps a query inside a user's scope: the whole city, the institutions
 * that belong to an org unit (district, county or functional zone) on a given date, or one
 * institution.
 */
final class ScopeSql {

    private ScopeSql() {
    }

    /** A condition on the institution alias, true when it is in the scope on the date expression. */
    static String institution(String alias, OrgScope scope, String dateExpression) {
        // spaces around: callers append it to text blocks, whose trailing blanks are stripped
        if (scope.institutionId() != null) {
            return " " + alias + ".id = :scopeInstitution ";
        }
        if (scope.cityWide()) {
            return " true ";
        }
        return " exists (select 1 from institution_membership sm where sm.institution_id = " + alias
                + ".id and sm.org_unit_id = :scopeOrgUnit and sm.valid_from <= " + dateExpression
                + " and (sm.valid_to is null or sm.valid_to > " + dateExpression + ")) ";
    }

    static StatementSpec bind(StatementSpec spec, OrgScope scope) {
        if (scope.institutionId() != null) {
            return spec.param("scopeInstitution", scope.institutionId());
        }
        if (!scope.cityWide()) {
            return spec.param("scopeOrgUnit", scope.orgUnitId());
        }
        return spec;
    }
}
