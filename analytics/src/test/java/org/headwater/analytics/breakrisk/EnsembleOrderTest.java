package org.headwater.analytics.breakrisk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Issue 23 item 1: the ensembles that keep the lookup in the order (tie-break and rank blend). */
class EnsembleOrderTest {

    private static final LocalDate AS_OF = LocalDate.of(2010, 12, 31);

    private final FittingData data = fourPipes();

    @Test
    void theTieBreakOrdersPipesWithinALookupClassButNeverAcrossClasses() {
        RateModel lookup = fixed("lookup", 2, 2, 1, 1);
        RateModel model = fixed("model", 1, 5, 9, 0); // would put C first if it could cross classes

        double[] expected = new LexicographicRate("lookup-then-model", lookup, model).expectedBreaks(data);

        assertThat(order(expected)).containsExactly("B", "A", "C", "D");
        assertThat(expected[0]).isCloseTo(2, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void theRankBlendOrdersByMeanPercentileAndKeepsTheGeometricBlendsRates() {
        RateModel first = fixed("first", 1, 2, 3, 4);
        RateModel second = fixed("second", 400, 1, 2, 3); // an extreme rate counts as one rank, not 100 times more

        double[] expected = new RankBlendRate("rank", List.of(first, second)).expectedBreaks(data);

        // mean percentiles: A (0 + 1) / 2, B (1/3 + 0) / 2, C (2/3 + 1/3) / 2, D (1 + 2/3) / 2;
        // the geometric blend would put A first (rate 20 against D's 3.5)
        assertThat(order(expected).getFirst()).isEqualTo("D");
        assertThat(order(expected).getLast()).isEqualTo("B");
        assertThat(order(new BlendRate("geometric", List.of(first, second)).expectedBreaks(data))
                        .getFirst())
                .isEqualTo("A");
        double[] geometric = new BlendRate("geometric", List.of(first, second)).expectedBreaks(data);
        assertThat(java.util.Arrays.stream(expected).sorted().toArray())
                .containsExactly(
                        java.util.Arrays.stream(geometric).sorted().toArray(),
                        org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void tiedRatesShareTheirPercentile() {
        double[] percentile = RankBlendRate.percentiles(data, new double[] {1, 1, 3, 0});

        assertThat(percentile).containsExactly(0.5, 0.5, 1, 0);
    }

    private List<String> order(double[] expected) {
        return IntStream.range(0, expected.length)
                .boxed()
                .sorted((a, b) -> Float.compare((float) expected[b], (float) expected[a]))
                .map(i -> data.inService.get(i).assetId())
                .toList();
    }

    private static RateModel fixed(String name, double... expected) {
        return new RateModel() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public double[] expectedBreaks(FittingData data) {
                return expected.clone();
            }
        };
    }

    /** Four pipes of 1 km each, so expected breaks are rates per km. */
    private static FittingData fourPipes() {
        List<PipeSegment> pipes = List.of(
                Pipes.aPipe("A", 1000, 1960),
                Pipes.aPipe("B", 1000, 1960),
                Pipes.aPipe("C", 1000, 1960),
                Pipes.aPipe("D", 1000, 1960));
        List<MainBreak> breaks = List.of(Pipes.aBreak("A", "2008-03-03"), Pipes.aBreak("C", "2009-04-04"));
        return FittingData.of(new AssetRegister(pipes, List.of()), new BreakHistory(breaks, List.of()), AS_OF, 2);
    }
}
