package org.edubrain.core.indicator;

import java.util.List;

/**
 * A data element (数据元): a count that facts give for an org unit, a year and a disaggregation.
 *
 * @param code       the name used in expressions
 * @param kind       {@link Kind#STOCK} (as on the census day: never summed over years) or
 *                   {@link Kind#FLOW} (during the year: may be summed over years with {@code since})
 * @param dataSet    the record set or return it comes from; the completeness of a value is that of
 *                   the data sets behind it
 * @param dimensions the disaggregation dimensions its facts carry, in order
 */
public record DataElement(String code, String nameZh, String nameEn, Kind kind, String dataSet, List<String> dimensions) {

    /** Stock or flow: how a data element may be added up over time. */
    public enum Kind {
        STOCK, FLOW
    }

    public DataElement {
        dimensions = List.copyOf(dimensions);
    }

    public int dimensionIndex(String dimension) {
        return dimensions.indexOf(dimension);
    }
}
