package org.edubrain.app.shared;

import java.util.List;
import java.util.Optional;

import org.edubrain.core.indicator.DataElement;

/**
 * The data elements that aggregate returns (汇总数据) may carry: those the plans in force declare
 * in their {@code data_elements} section. Implemented by plan monitoring, read by data collection.
 */
public interface DataElementDirectory {

    List<DataElement> declared();

    default Optional<DataElement> declared(String code) {
        return declared().stream().filter(e -> e.code().equals(code)).findFirst();
    }
}
