package org.headwater.analytics.breakrisk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Past one-year windows stacked into training examples: features at the window's start, the label
 * is the number of breaks on the pipe during the window. Every window ends on or before the as-of
 * date, so the examples use no later break.
 */
final class TrainingWindows {

    final List<PipeSegment> segments = new ArrayList<>();
    final List<LocalDate> references = new ArrayList<>();
    final List<Integer> breaksNextYear = new ArrayList<>();
    private final List<double[]> featureBlocks = new ArrayList<>();

    /** Up to {@code years} windows ending at {@code asOf}, none starting before the continuous record. */
    TrainingWindows(AssetRegister register, BreakHistory history, LocalDate asOf, int years, FeatureRows features) {
        BreakIndex index = new BreakIndex(history);
        int firstFullYear = history.firstFullYear();
        for (int back = 1; back <= years; back++) {
            LocalDate reference = asOf.minusYears(back);
            if (reference.getYear() < firstFullYear) {
                break;
            }
            List<PipeSegment> inService = register.inServiceOn(reference);
            featureBlocks.add(features.at(inService, reference));
            for (PipeSegment pipe : inService) {
                segments.add(pipe);
                references.add(reference);
                breaksNextYear.add(index.inYearAfter(pipe.assetId(), reference));
            }
        }
        if (featureBlocks.isEmpty()) {
            throw new IllegalArgumentException("no full training year before " + asOf
                    + ": the break record starts continuously in " + firstFullYear);
        }
    }

    int size() {
        return segments.size();
    }

    double[] featureMatrix() {
        double[] all = new double[size() * FeatureRows.WIDTH];
        int at = 0;
        for (double[] block : featureBlocks) {
            System.arraycopy(block, 0, all, at, block.length);
            at += block.length;
        }
        return all;
    }
}
