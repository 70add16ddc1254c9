package org.edubrain.core.indicator;

import java.util.List;

/**
 * One fact: the value of a data element for a year, where it belongs (district, functional zone
 * and institution, 0 where none) and its disaggregation values, in the order of the data
 * element's dimensions.
 */
public record Fact(String element, int year, int district, int zone, int institution, List<String> dimensions,
        double value) {

    public Fact {
        dimensions = List.copyOf(dimensions);
    }
}
