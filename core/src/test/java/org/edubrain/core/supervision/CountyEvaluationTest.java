package org.edubrain.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.edubrain.core.supervision.CountyEvaluation.Entry;
import org.edubrain.core.supervision.CountyEvaluation.Finding;
import org.edubrain.core.supervision.CountyEvaluation.Source;
import org.edubrain.core.supervision.CountyEvaluation.Status;
import org.junit.jupiter.api.Test;

/** The county verdicts of 教督〔2017〕6号 and 教督〔2020〕1号 (standards.md §2.3–2.5, §3). */
class CountyEvaluationTest {

    /** Every indicator of a method found met: registry figures at their threshold, rates at theirs, findings met. */
    private static Map<CountyIndicator, Finding> allMet(CountyMethod method) {
        Map<CountyIndicator, Finding> m = new EnumMap<>(CountyIndicator.class);
        for (CountyIndicator k : CountyIndicator.values()) {
            if (k.method() == method) {
                m.put(k, k.figure() ? Finding.of(k, null, new Entry(k.threshold(), null)) : Finding.of(k, null, new Entry(null, true)));
            }
        }
        return m;
    }

    @Test
    void theListsAreThoseOfTheStandards() {
        // §2.3: 15 government-guarantee indicators (11 and 13 have two figures each); §2.4: 9 quality indicators
        Set<String> guarantee = new LinkedHashSet<>();
        CountyIndicator.of(CountyMethod.BALANCED, CountyPart.GUARANTEE).forEach(k -> guarantee.add(k.number().replaceAll("[ab]$", "")));
        assertThat(guarantee).hasSize(15).first().isEqualTo("1");
        assertThat(CountyIndicator.of(CountyMethod.BALANCED, CountyPart.QUALITY)).hasSize(9);
        // §3: 3 + 11 + 6
        assertThat(CountyIndicator.of(CountyMethod.PRESCHOOL, CountyPart.UNIVERSAL)).hasSize(3);
        assertThat(CountyIndicator.of(CountyMethod.PRESCHOOL, CountyPart.GUARANTEE)).hasSize(11);
        assertThat(CountyIndicator.of(CountyMethod.PRESCHOOL, CountyPart.QUALITY)).hasSize(6);
        // thresholds as the standards state them
        assertThat(CountyIndicator.BS.threshold()).isEqualTo(85);
        assertThat(CountyIndicator.BQ01.threshold()).isEqualTo(95);
        assertThat(CountyIndicator.BQ02.threshold()).isEqualTo(95);
        assertThat(CountyIndicator.BQ04.threshold()).isEqualTo(5);
        assertThat(CountyIndicator.BG11A.threshold()).isEqualTo(10);
        assertThat(CountyIndicator.BG11B.threshold()).isEqualTo(20);
        assertThat(CountyIndicator.BG13A.threshold()).isEqualTo(100);
        assertThat(CountyIndicator.BG13B.threshold()).isEqualTo(95);
        assertThat(CountyIndicator.BG14.threshold()).isEqualTo(50);
        assertThat(CountyIndicator.BG15.threshold()).isEqualTo(85);
        assertThat(CountyIndicator.PU1.threshold()).isEqualTo(85);
        assertThat(CountyIndicator.PU2.threshold()).isEqualTo(80);
        assertThat(CountyIndicator.PU3.threshold()).isEqualTo(50);
        assertThat(CountyIndicator.PQ3.atLeast()).isFalse();
        assertThat(CountyIndicator.PQ3.thresholdText()).isEqualTo("≤ 15人");
        // codes are unique and found again
        for (CountyIndicator k : CountyIndicator.values()) {
            assertThat(CountyIndicator.ofCode(k.code())).contains(k);
        }
    }

    @Test
    void aCountyPassesWhenEveryPartPasses() {
        CountyEvaluation.Result r = CountyEvaluation.evaluate(CountyMethod.BALANCED, true, allMet(CountyMethod.BALANCED));
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(r.parts().keySet()).containsExactly(CountyPart.RESOURCES, CountyPart.GUARANTEE, CountyPart.QUALITY,
                CountyPart.RECOGNITION, CountyPart.VETO);
        // the resources alone fail it
        assertThat(CountyEvaluation.evaluate(CountyMethod.BALANCED, false, allMet(CountyMethod.BALANCED)).status()).isEqualTo(Status.FAIL);
        assertThat(CountyEvaluation.evaluate(CountyMethod.PRESCHOOL, null, allMet(CountyMethod.PRESCHOOL)).status()).isEqualTo(Status.PASS);
    }

    @Test
    void socialRecognitionUnder85PerCentIsAVeto() {
        Map<CountyIndicator, Finding> f = allMet(CountyMethod.BALANCED);
        f.put(CountyIndicator.BS, Finding.of(CountyIndicator.BS, null, new Entry(84.9, null)));
        CountyEvaluation.Result r = CountyEvaluation.evaluate(CountyMethod.BALANCED, true, f);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.parts().get(CountyPart.RECOGNITION).failing()).containsExactly(CountyIndicator.BS);
        f.put(CountyIndicator.BS, Finding.of(CountyIndicator.BS, null, new Entry(85.0, null)));
        assertThat(CountyEvaluation.evaluate(CountyMethod.BALANCED, true, f).status()).isEqualTo(Status.PASS);
    }

    @Test
    void aVetoThatOccurredFailsAnOtherwisePassingCounty() {
        Map<CountyIndicator, Finding> f = allMet(CountyMethod.BALANCED);
        f.put(CountyIndicator.BV3, Finding.of(CountyIndicator.BV3, null, new Entry(null, false)));
        CountyEvaluation.Result r = CountyEvaluation.evaluate(CountyMethod.BALANCED, true, f);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.parts().get(CountyPart.VETO).status()).isEqualTo(Status.FAIL);
        assertThat(r.parts().get(CountyPart.GUARANTEE).status()).isEqualTo(Status.PASS);
    }

    @Test
    void whatIsMissingLeavesTheVerdictOpenUnlessSomethingFails() {
        Map<CountyIndicator, Finding> f = allMet(CountyMethod.BALANCED);
        f.remove(CountyIndicator.BQ07);
        CountyEvaluation.Result r = CountyEvaluation.evaluate(CountyMethod.BALANCED, true, f);
        assertThat(r.status()).isEqualTo(Status.INCOMPLETE);
        assertThat(r.parts().get(CountyPart.QUALITY).missing()).containsExactly(CountyIndicator.BQ07);
        // one figure under its threshold in the same part: failed, whatever is missing
        f.put(CountyIndicator.BQ01, Finding.of(CountyIndicator.BQ01, null, new Entry(94.99, null)));
        r = CountyEvaluation.evaluate(CountyMethod.BALANCED, true, f);
        assertThat(r.parts().get(CountyPart.QUALITY).status()).isEqualTo(Status.FAIL);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        // a failing part elsewhere fails the county even when another part is incomplete
        f.put(CountyIndicator.BQ01, Finding.of(CountyIndicator.BQ01, null, new Entry(95.0, null)));
        f.put(CountyIndicator.BG14, Finding.of(CountyIndicator.BG14, null, new Entry(49.9, null)));
        assertThat(CountyEvaluation.evaluate(CountyMethod.BALANCED, true, f).status()).isEqualTo(Status.FAIL);
        // no evaluated school: the resources are not decided
        assertThat(CountyEvaluation.evaluate(CountyMethod.BALANCED, null, allMet(CountyMethod.BALANCED)).status())
                .isEqualTo(Status.INCOMPLETE);
    }

    @Test
    void theRegistryDecidesWhereItHoldsTheDataAndAnEntryOnlyWhereItDoesNot() {
        // 9: every teacher must have 360 hours; the registry says 99.5%: an entry of 100% does not override it
        Finding f = Finding.of(CountyIndicator.BG09, 99.5, new Entry(100.0, null));
        assertThat(f.source()).isEqualTo(Source.REGISTRY);
        assertThat(f.met()).isFalse();
        // fewer than five years of hours in the registry: the entry stands in
        f = Finding.of(CountyIndicator.BG09, null, new Entry(100.0, null));
        assertThat(f.source()).isEqualTo(Source.ENTERED);
        assertThat(f.met()).isTrue();
        assertThat(Finding.of(CountyIndicator.BG09, null, null).source()).isEqualTo(Source.MISSING);
        // a rate is always entered; a finding without its verdict is missing
        assertThat(Finding.of(CountyIndicator.BG08, 120.0, null).source()).isEqualTo(Source.MISSING);
        assertThat(Finding.of(CountyIndicator.BG01, null, new Entry(null, null)).met()).isNull();
    }

    @Test
    void preschoolThresholds() {
        // 「毛入园率达到85%，普惠性幼儿园覆盖率…达到80%，公办园在园幼儿占比达到50%」; 1 : 15 at most
        assertThat(Finding.of(CountyIndicator.PU1, 84.99, null).met()).isFalse();
        assertThat(Finding.of(CountyIndicator.PU1, 85.0, null).met()).isTrue();
        assertThat(Finding.of(CountyIndicator.PU2, 79.99, null).met()).isFalse();
        assertThat(Finding.of(CountyIndicator.PU3, 50.0, null).met()).isTrue();
        assertThat(Finding.of(CountyIndicator.PQ3, 15.0, null).met()).isTrue();
        assertThat(Finding.of(CountyIndicator.PQ3, 15.01, null).met()).isFalse();
        Map<CountyIndicator, Finding> f = allMet(CountyMethod.PRESCHOOL);
        f.put(CountyIndicator.PU3, Finding.of(CountyIndicator.PU3, 48.0, null));
        CountyEvaluation.Result r = CountyEvaluation.evaluate(CountyMethod.PRESCHOOL, null, f);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.parts().get(CountyPart.UNIVERSAL).failing()).isEqualTo(List.of(CountyIndicator.PU3));
        assertThat(CountyPart.QUALITY.nameZh(CountyMethod.PRESCHOOL)).isEqualTo("保教质量");
    }
}
