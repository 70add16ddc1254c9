package org.edubrain.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Cubes built apart (one per data set, one per thread) and merged hold what one cube would. */
class FactCubeTest {

    private static Fact enrolled(int year, int district, int zone, int institution, String stage, double value) {
        return new Fact("enrolled", year, district, zone, institution, List.of(stage, "7", "yes"), value);
    }

    @Test
    void aMergedCubeAddsUpLikeOneCube() {
        FactCube a = new FactCube(EvaluatorTest.elements());
        a.add(enrolled(2022, 1, 5, 11, "preschool", 100));
        a.add(enrolled(2022, 2, 5, 21, "primary", 50));
        FactCube b = new FactCube(EvaluatorTest.elements());
        b.add(enrolled(2022, 1, 0, 12, "preschool", 30));
        b.add(new Fact("population", 2022, 1, 0, 0, List.of("4"), 45));

        FactCube merged = new FactCube(EvaluatorTest.elements());
        merged.merge(a);
        merged.merge(b);

        // by hand: 100 + 50 + 30 in the city; 100 + 30 in district 1; 100 + 50 in zone 5; preschool 130
        assertThat(merged.sum("enrolled", 2022, OrgSelector.CITY, Map.of())).isEqualTo(180);
        assertThat(merged.sum("enrolled", 2022, OrgSelector.district(1), Map.of())).isEqualTo(130);
        assertThat(merged.sum("enrolled", 2022, OrgSelector.zone(5), Map.of())).isEqualTo(150);
        assertThat(merged.sum("enrolled", 2022, OrgSelector.CITY,
                Map.of("stage", new Expression.Filter(java.util.Set.of("preschool"), null, null)))).isEqualTo(130);
        assertThat(merged.sum("population", 2022, OrgSelector.district(1), Map.of())).isEqualTo(45);
        // the parts are left as they were
        assertThat(a.sum("enrolled", 2022, OrgSelector.CITY, Map.of())).isEqualTo(150);
        assertThat(b.has("population", 2022)).isTrue();
        assertThat(a.has("population", 2022)).isFalse();
    }
}
