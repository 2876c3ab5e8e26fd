package org.headwater.detect.leak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The BattLeDIM economic score on hand-computed cases, one per rule of its scorer (re-stated in the BattLeDIM
 * data folder's SOURCE.md; the scorer's own test vectors are held back with the 2019 ground truth, so these
 * cases are worked out from those rules). Pipes A, B, C, D lie on a line: A–B 100 m apart, A–C 250 m, A–D 400 m.
 */
class BattleDimScoringTest {

    private static final Map<String, Double> FROM_A = Map.of("A", 0.0, "B", 100.0, "C", 250.0, "D", 400.0);

    private static double distance(String p, String q) {
        return Math.abs(FROM_A.get(p) - FROM_A.get(q));
    }

    /** A leak on {@code pipe} from {@code start} to {@code end} losing {@code m3h} every step, in a period of 100 steps. */
    private static BattleDimScoring.Leak leak(String pipe, int start, int end, double m3h) {
        double[] q = new double[100];
        Arrays.fill(q, start, end + 1, m3h);
        return new BattleDimScoring.Leak(pipe, start, end, q);
    }

    @Test
    void aDetectionOnTheLeakingPipeEarnsTheWaterFromTheStepBeforeItToTheEnd() {
        // leak 12 m³/h over steps 10..69; detected at step 20: steps 19..69 = 51 steps × 12 / 12 = 51 m³ × 0.8
        BattleDimScoring.Score score = BattleDimScoring.score(
                List.of(leak("A", 10, 69, 12)),
                List.of(new BattleDimScoring.Detection("A", 20)),
                BattleDimScoringTest::distance);

        assertThat(score.euros()).isEqualTo(40.80);
        assertThat(score.truePositives()).isEqualTo(1);
        assertThat(score.falsePositives()).isZero();
        assertThat(score.falseNegatives()).isZero();
    }

    @Test
    void aDetectionAtTheLeaksFirstStepEarnsAllItsWaterWhichIsThePerfectScore() {
        List<BattleDimScoring.Leak> leaks = List.of(leak("A", 10, 69, 12), leak("D", 0, 9, 24));

        BattleDimScoring.Score score = BattleDimScoring.score(
                leaks,
                List.of(new BattleDimScoring.Detection("A", 10), new BattleDimScoring.Detection("D", 0)),
                BattleDimScoringTest::distance);

        // A: 60 steps (the step before is dry) = 60 m³ → 48 €; D from step 0 (counted as 1): 10 × 2 m³ → 16 €
        assertThat(score.euros()).isEqualTo(64.00);
        assertThat(BattleDimScoring.perfect(leaks)).isEqualTo(64.00);
    }

    @Test
    void aNearbyPipeWithin300MetresIsCreditedLessTheCrewsDistanceCost() {
        // 51 m³ → 40.80 € minus 100/300 × 500 € = 166.67 € → −125.87 €
        BattleDimScoring.Score score = BattleDimScoring.score(
                List.of(leak("A", 10, 69, 12)),
                List.of(new BattleDimScoring.Detection("B", 20)),
                BattleDimScoringTest::distance);

        assertThat(score.euros()).isEqualTo(-125.87);
        assertThat(score.truePositives()).isEqualTo(1);
        assertThat(score.items().getFirst().distanceM()).isEqualTo(100.0);
    }

    @Test
    void aPipeBeyond300MetresOrADetectionOutsideTheLeakIsAFalsePositiveCosting500() {
        BattleDimScoring.Score score = BattleDimScoring.score(
                List.of(leak("A", 10, 69, 12)),
                List.of(
                        new BattleDimScoring.Detection("D", 20), // 400 m away
                        new BattleDimScoring.Detection("A", 5), // before the leak
                        new BattleDimScoring.Detection("A", 70)), // after its end
                BattleDimScoringTest::distance);

        assertThat(score.euros()).isEqualTo(-1500.00);
        assertThat(score.falsePositives()).isEqualTo(3);
        assertThat(score.falseNegatives()).isEqualTo(1);
    }

    @Test
    void aLeakIsCreditedOnceAndALaterDetectionOfItCostsNothing() {
        BattleDimScoring.Score score = BattleDimScoring.score(
                List.of(leak("A", 10, 69, 12)),
                List.of(new BattleDimScoring.Detection("A", 30), new BattleDimScoring.Detection("A", 20)),
                BattleDimScoringTest::distance);

        // sorted by time: step 20 is credited (40.80 €), step 30 matches only a credited leak: 0 €, not a FP
        assertThat(score.euros()).isEqualTo(40.80);
        assertThat(score.truePositives()).isEqualTo(1);
        assertThat(score.falsePositives()).isZero();
        assertThat(score.items()).extracting(BattleDimScoring.Item::euros).containsExactly(40.80, 0.0);
    }

    @Test
    void amongSeveralRunningLeaksTheClosestUncreditedOneIsCredited() {
        // B is 100 m from A and 150 m from C; the detection on B takes A (closer), the next one on B takes C
        List<BattleDimScoring.Leak> leaks = List.of(leak("C", 0, 99, 6), leak("A", 0, 99, 12));

        BattleDimScoring.Score score = BattleDimScoring.score(
                leaks,
                List.of(new BattleDimScoring.Detection("B", 50), new BattleDimScoring.Detection("B", 60)),
                BattleDimScoringTest::distance);

        assertThat(score.items())
                .extracting(BattleDimScoring.Item::creditedLeak)
                .containsExactly("A", "C");
        // A: steps 49..99 = 51 m³ → 40.80 − 166.67; C: steps 59..99 = 41 × 0.5 m³ → 16.40 − 250
        assertThat(score.euros()).isEqualTo(-359.47);
    }

    @Test
    void theDistanceBetweenTwoPipesIsTheShortestPathBetweenTheirNearestEndsPlusHalfOfEach() {
        Map<String, Double> fromN1 = Map.of("n1", 0.0, "n2", 50.0, "n3", 80.0, "n4", 130.0);
        double x = BattleDimScoring.pipeDistance(
                new String[] {"n1", "n2"},
                50,
                new String[] {"n3", "n4"},
                50,
                (a, b) -> Math.abs(fromN1.get(a) - fromN1.get(b)));

        assertThat(x).isEqualTo(30 + 25 + 25);
    }
}
