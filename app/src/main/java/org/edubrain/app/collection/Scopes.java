package org.edubrain.app.collection;

import org.edubrain.app.security.OrgScope;

/** SQL conditions that keep imports and exports inside a user's scope. */
final class Scopes {

    private Scopes() {
    }

    /**
     * True when the institution {@code id} is the scope's institution, or belongs to the scope's
     * org unit (district, county or zone) on {@code date}; always true for the city.
     */
    static String institution(OrgScope scope, String id, String date) {
        if (scope.institutionId() != null) {
            return "(" + id + " = " + scope.institutionId() + ")";
        }
        if (scope.cityWide()) {
            return "true";
        }
        return "exists (select 1 from institution_membership sm where sm.institution_id = " + id + " and sm.org_unit_id = "
                + scope.orgUnitId() + " and sm.valid_from <= " + date + " and (sm.valid_to is null or sm.valid_to > " + date + "))";
    }
}
