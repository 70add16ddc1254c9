package org.edubrain.core.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.edubrain.core.indicator.Expression.Filter;

/**
 * Facts held in memory, indexed by data element and year, added up on demand for an org unit
 * and a set of disaggregation filters.
 */
public final class FactCube {

    /** The facts of one data element in one year, also grouped by where they belong. */
    private record Slice(List<Fact> facts, Map<Integer, List<Fact>> byDistrict, Map<Integer, List<Fact>> byZone,
            Map<Integer, List<Fact>> byInstitution) {

        Slice() {
            this(new ArrayList<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        }

        void add(Fact f) {
            facts.add(f);
            byDistrict.computeIfAbsent(f.district(), k -> new ArrayList<>()).add(f);
            byZone.computeIfAbsent(f.zone(), k -> new ArrayList<>()).add(f);
            byInstitution.computeIfAbsent(f.institution(), k -> new ArrayList<>()).add(f);
        }

        List<Fact> of(OrgSelector org) {
            return switch (org.level()) {
                case CITY -> facts;
                case DISTRICT -> byDistrict.getOrDefault(org.id(), List.of());
                case ZONE -> byZone.getOrDefault(org.id(), List.of());
                case INSTITUTION -> byInstitution.getOrDefault(org.id(), List.of());
            };
        }
    }

    private final Map<String, DataElement> elements;
    private final Map<String, Map<Integer, Slice>> slices = new HashMap<>();

    public FactCube(Map<String, DataElement> elements) {
        this.elements = Map.copyOf(elements);
    }

    public Map<String, DataElement> elements() {
        return elements;
    }

    public void add(Fact fact) {
        DataElement e = elements.get(fact.element());
        if (e == null) {
            throw new IllegalArgumentException("unknown data element: " + fact.element());
        }
        if (fact.dimensions().size() != e.dimensions().size()) {
            throw new IllegalArgumentException("a fact of " + e.code() + " needs " + e.dimensions().size() + " dimension values");
        }
        slices.computeIfAbsent(fact.element(), k -> new HashMap<>())
                .computeIfAbsent(fact.year(), k -> new Slice()).add(fact);
    }

    /**
     * Adds every fact of another cube (built apart, for example one data set per thread) to this
     * one; the other cube is left as it was.
     */
    public void merge(FactCube other) {
        for (Map.Entry<String, Map<Integer, Slice>> element : other.slices.entrySet()) {
            for (Slice slice : element.getValue().values()) {
                for (Fact f : slice.facts()) {
                    add(f);
                }
            }
        }
    }

    /** Whether any fact of the element exists for the year. */
    public boolean has(String element, int year) {
        Map<Integer, Slice> byYear = slices.get(element);
        return byYear != null && byYear.containsKey(year);
    }

    /**
     * Whether the element's data set has any fact in the year: then the element's absence means
     * zero (no title was awarded that year); without it the year has no data at all.
     */
    public boolean covers(String element, int year) {
        DataElement e = elements.get(element);
        if (e == null) {
            return false;
        }
        if (has(element, year)) {
            return true;
        }
        for (DataElement other : elements.values()) {
            if (other.dataSet().equals(e.dataSet()) && has(other.code(), year)) {
                return true;
            }
        }
        return false;
    }

    public Set<Integer> years(String element) {
        Map<Integer, Slice> byYear = slices.get(element);
        return byYear == null ? Set.of() : byYear.keySet();
    }

    /** The sum of the element's facts in the year that belong to the org unit and pass the filters. */
    public double sum(String element, int year, OrgSelector org, Map<String, Filter> filters) {
        Map<Integer, Slice> byYear = slices.get(element);
        Slice slice = byYear == null ? null : byYear.get(year);
        if (slice == null) {
            return 0;
        }
        DataElement e = elements.get(element);
        int[] index = new int[filters.size()];
        Filter[] accept = new Filter[filters.size()];
        int k = 0;
        for (Map.Entry<String, Filter> f : filters.entrySet()) {
            index[k] = e.dimensionIndex(f.getKey());
            if (index[k] < 0) {
                throw new IllegalArgumentException(element + " has no dimension " + f.getKey());
            }
            accept[k++] = f.getValue();
        }
        double sum = 0;
        for (Fact f : slice.of(org)) {
            boolean ok = true;
            for (int i = 0; i < index.length && ok; i++) {
                ok = accept[i].accepts(f.dimensions().get(index[i]));
            }
            if (ok) {
                sum += f.value();
            }
        }
        return sum;
    }
}
