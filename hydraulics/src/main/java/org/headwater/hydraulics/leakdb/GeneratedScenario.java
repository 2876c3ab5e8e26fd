package org.headwater.hydraulics.leakdb;

/**
 * The simulated year of one LeakDB scenario: the system inflow (water leaving reservoirs and
 * tanks, flow units of the network's file) at each 30-minute step, and how its leaks were modelled.
 *
 * @param leaksSimulated leaks modelled as emitters at junctions
 * @param leaksNotSimulated leaks LeakDB placed at a tank, which an emitter cannot model
 * @param leakVolumeShare leak outflow as a share of all water supplied over the year
 * @param warnings solver warnings over the year (negative pressures, unbalanced steps)
 */
public record GeneratedScenario(
        int scenario,
        double[] inflow,
        int leaksSimulated,
        int leaksNotSimulated,
        double leakVolumeShare,
        int warnings) {}
