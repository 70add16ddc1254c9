package org.edubrain.app.security;

/**
 * The part of the education system a user may see: the whole city, one org unit (a district,
 * county or functional zone) or one institution.
 *
 * @param orgUnitId     the org unit, or {@code null} for an institution scope
 * @param institutionId the institution, or {@code null} for an org-unit scope
 * @param cityWide      whether the org unit is the city itself
 * @param label         the scope's name, for display
 */
public record OrgScope(Integer orgUnitId, Integer institutionId, boolean cityWide, String label) {

    public OrgScope {
        if ((orgUnitId == null) == (institutionId == null)) {
            throw new IllegalArgumentException("a scope is either an org unit or an institution");
        }
    }

    public static OrgScope orgUnit(int id, boolean cityWide, String label) {
        return new OrgScope(id, null, cityWide, label);
    }

    public static OrgScope institution(int id, String label) {
        return new OrgScope(null, id, false, label);
    }
}
