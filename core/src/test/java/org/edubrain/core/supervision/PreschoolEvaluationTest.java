package org.edubrain.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** 教督〔2020〕1号's three core indicators at and around their thresholds (85%, 80%, 50%; standards.md §3). */
class PreschoolEvaluationTest {

    @Test
    void theThreeCoreIndicatorsDecide() {
        // 850 of 1,000 children aged 3–5 enrolled: 85.0% exactly; 400 public + 280 inclusive of 850 = 80.0%; 400/850 = 47.1%
        PreschoolEvaluation e = new PreschoolEvaluation(850, 1000, 400, 280, 60, 60, 30, 30);
        assertThat(e.values().get(PreschoolIndicator.GROSS_ENROLMENT)).isCloseTo(85.0, within(1e-9));
        assertThat(e.values().get(PreschoolIndicator.INCLUSIVE_COVERAGE)).isCloseTo(80.0, within(1e-9));
        assertThat(e.values().get(PreschoolIndicator.PUBLIC_SHARE)).isCloseTo(47.0588, within(1e-4));
        assertThat(e.universalAndInclusive()).isFalse();
        // 425 public of 850: exactly 50%, all three met
        assertThat(new PreschoolEvaluation(850, 1000, 425, 255, 60, 60, 30, 30).universalAndInclusive()).isTrue();
        // 849 enrolled: 84.9% — not met
        assertThat(new PreschoolEvaluation(849, 1000, 425, 255, 60, 60, 30, 30).universalAndInclusive()).isFalse();
    }

    @Test
    void theOtherIndicatorsAreShownButDoNotDecide() {
        // 900 children, 50 teachers: 18 per teacher, over 15; 45 of 50 certified: 90%; 20 of 30 classes within: 66.7%
        PreschoolEvaluation e = new PreschoolEvaluation(900, 1000, 500, 300, 50, 45, 30, 20);
        assertThat(e.values().get(PreschoolIndicator.CHILDREN_PER_TEACHER)).isEqualTo(18.0);
        assertThat(PreschoolIndicator.CHILDREN_PER_TEACHER.met(18.0)).isFalse();
        assertThat(PreschoolIndicator.CHILDREN_PER_TEACHER.met(15.0)).isTrue();
        assertThat(e.values().get(PreschoolIndicator.TEACHERS_CERTIFIED)).isEqualTo(90.0);
        assertThat(e.universalAndInclusive()).isTrue();
        // nothing to divide by: no value, not met
        PreschoolEvaluation none = new PreschoolEvaluation(0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(none.values().get(PreschoolIndicator.GROSS_ENROLMENT)).isNull();
        assertThat(none.universalAndInclusive()).isFalse();
        assertThat(PreschoolEvaluation.classLimit("K1")).isEqualTo(25);
        assertThat(PreschoolEvaluation.classLimit("K3")).isEqualTo(35);
    }
}
