package org.edubrain.core.indicator;

/**
 * Which facts an org unit adds up: the whole city, a district (county-level unit) as on the
 * census day of each year, a functional zone, or one institution.
 */
public record OrgSelector(Level level, int id) {

    public enum Level {
        CITY, DISTRICT, ZONE, INSTITUTION
    }

    public static final OrgSelector CITY = new OrgSelector(Level.CITY, 0);

    public static OrgSelector district(int id) {
        return new OrgSelector(Level.DISTRICT, id);
    }

    public static OrgSelector zone(int id) {
        return new OrgSelector(Level.ZONE, id);
    }

    public static OrgSelector institution(int id) {
        return new OrgSelector(Level.INSTITUTION, id);
    }

    boolean accepts(Fact f) {
        return switch (level) {
            case CITY -> true;
            case DISTRICT -> f.district() == id;
            case ZONE -> f.zone() == id;
            case INSTITUTION -> f.institution() == id;
        };
    }
}
