package org.edubrain.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The published split (「测算均衡系数拆分公式」, standards.md §2.2): 166 小学生, 210 初中生, 23,226 books. */
class SchoolSplitTest {

    @Test
    void theNineYearSchoolOfThePublishedExample() {
        double[] parts = SchoolSplit.split(23226, 166, 210, 0);
        // 23,226 / (166 + 210 × 1.1) = 58.50 per weighted student; the page, rounding 58.5 first, gives 9,711 and 13,515
        assertThat(parts[0]).isCloseTo(9711, within(1.0));
        assertThat(parts[1]).isCloseTo(13515, within(1.0));
        assertThat(parts[0] / 166).isCloseTo(58.5, within(0.01));
        assertThat(parts[0] + parts[1]).isEqualTo(23226);
        assertThat(parts[2]).isZero();
    }

    @Test
    void aCompleteSecondarySchoolSplitsOneToOnePointTwo() {
        // 初中 : 高中 = 1 : 1.2 per student; 500 and 500 students share 11,000 m²: 5,000 and 6,000
        double[] parts = SchoolSplit.split(11000, 0, 500, 500);
        assertThat(parts[0]).isZero();
        assertThat(parts[1]).isCloseTo(5000, within(1e-9));
        assertThat(parts[2]).isCloseTo(6000, within(1e-9));
    }

    @Test
    void aTwelveYearSchoolSplitsOneToOnePointOneToOnePointThreeTwo() {
        // 100 students each: weights 100, 110, 132 of 342
        double[] parts = SchoolSplit.split(342, 100, 100, 100);
        assertThat(parts[0]).isCloseTo(100, within(1e-9));
        assertThat(parts[1]).isCloseTo(110, within(1e-9));
        assertThat(parts[2]).isCloseTo(132, within(1e-9));
    }
}
