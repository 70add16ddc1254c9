package org.edubrain.app.collection;

import org.edubrain.app.security.OrgScope;

/** The records an export covers: the user's scope and, for data sets with periods, one year or all. */
record ExportScope(OrgScope scope, Integer year) {

    /** A condition on an institution id at a date, true inside the scope. */
    String institution(String id, String date) {
        return Scopes.institution(scope, id, date);
    }

    /** A condition on a period column, true for the year asked (or every year). */
    String year(String column) {
        return year == null ? "true" : column + " = " + year;
    }
}
