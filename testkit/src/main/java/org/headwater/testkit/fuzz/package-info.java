/**
 * Seeded mutation fuzzing of parsers: a {@link org.headwater.testkit.fuzz.MutationEngine} derives
 * reproducible bad inputs from real files and a {@link org.headwater.testkit.fuzz.FuzzHarness} runs a
 * parser over them with a time limit per input, counting what it accepted, refused and failed on.
 */
@NullMarked
package org.headwater.testkit.fuzz;

import org.jspecify.annotations.NullMarked;
