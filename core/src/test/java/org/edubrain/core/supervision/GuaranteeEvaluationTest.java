package org.edubrain.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.edubrain.core.supervision.GuaranteeEvaluation.Indicator;
import org.junit.jupiter.api.Test;

/** 政府保障程度 4, 5, 9 and 12 (standards.md §2.3): each must hold for every school, class or teacher. */
class GuaranteeEvaluationTest {

    @Test
    void everyOneMustComply() {
        GuaranteeEvaluation all = new GuaranteeEvaluation(40, 0, 900, 0, 2000, 1800, 1800, 2000);
        for (Indicator k : Indicator.values()) {
            assertThat(all.met(k)).as(k.name()).isTrue();
            assertThat(all.compliance().get(k)).isEqualTo(100.0);
        }
        // one school over its size, one class over 45/50, one teacher short of 360 hours, one without a certificate
        GuaranteeEvaluation one = new GuaranteeEvaluation(40, 1, 900, 1, 2000, 2000, 1999, 1999);
        for (Indicator k : Indicator.values()) {
            assertThat(one.met(k)).as(k.name()).isFalse();
        }
        assertThat(one.compliance().get(Indicator.SCHOOL_SIZE)).isCloseTo(97.5, within(1e-12));
        assertThat(one.compliance().get(Indicator.TRAINING)).isCloseTo(99.95, within(1e-12));
        // nothing to count: not met, no value
        GuaranteeEvaluation none = new GuaranteeEvaluation(0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(none.met(Indicator.CLASS_SIZE)).isFalse();
        assertThat(none.compliance().get(Indicator.CLASS_SIZE)).isNull();
        assertThat(Indicator.TRAINING.number()).isEqualTo(9);
        // fewer than five years of training hours in the registry: unknown, not met
        GuaranteeEvaluation early = new GuaranteeEvaluation(40, 0, 900, 0, 2000, 0, -1, 2000);
        assertThat(early.compliance().get(Indicator.TRAINING)).isNull();
        assertThat(early.met(Indicator.TRAINING)).isFalse();
        // the share is of the teachers who served the whole cycle: 200 hired since do not count against it
        GuaranteeEvaluation hired = new GuaranteeEvaluation(40, 0, 900, 0, 2000, 1800, 1800, 2000);
        assertThat(hired.met(Indicator.TRAINING)).isTrue();
        assertThat(new GuaranteeEvaluation(40, 0, 900, 0, 2000, 1800, 1710, 2000).compliance().get(Indicator.TRAINING))
                .isCloseTo(95.0, within(1e-12));
    }
}
