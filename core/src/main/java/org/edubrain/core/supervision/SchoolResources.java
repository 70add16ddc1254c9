package org.edubrain.core.supervision;

import java.util.Arrays;

/**
 * One school, or one part of a 一贯制 school or 完全中学, as it is evaluated: its county, level,
 * students and the seven resources (by {@link ResourceIndicator#ordinal()}: teachers above the
 * required degree, backbone teachers, PE and art teachers, teaching and auxiliary area in m²
 * without indoor sports rooms, sports area in m² with them, equipment value in yuan, multimedia
 * classrooms).
 */
public record SchoolResources(String county, String schoolId, SchoolLevel level, double students, double[] resources) {

    public SchoolResources {
        if (resources.length != ResourceIndicator.values().length) {
            throw new IllegalArgumentException("seven resources expected, got " + resources.length);
        }
        if (!(students > 0)) {
            throw new IllegalArgumentException(schoolId + ": students must be positive: " + students);
        }
        resources = resources.clone();
    }

    public double resource(ResourceIndicator k) {
        return resources[k.ordinal()];
    }

    /** The value of an indicator: resource ÷ students (× 100). */
    public double value(ResourceIndicator k) {
        return k.value(resources[k.ordinal()], students);
    }

    /** The same school with more of some resources (added by ordinal). */
    public SchoolResources plus(double[] added) {
        double[] r = resources.clone();
        for (int k = 0; k < r.length; k++) {
            r[k] += added[k];
        }
        return new SchoolResources(county, schoolId, level, students, r);
    }

    @Override
    public double[] resources() {
        return resources.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SchoolResources s && county.equals(s.county) && schoolId.equals(s.schoolId) && level == s.level
                && Double.compare(students, s.students) == 0 && Arrays.equals(resources, s.resources);
    }

    @Override
    public int hashCode() {
        return (county.hashCode() * 31 + schoolId.hashCode()) * 31 + level.hashCode();
    }

    @Override
    public String toString() {
        return county + "/" + schoolId + "/" + level.code() + " " + students + " " + Arrays.toString(resources);
    }
}
