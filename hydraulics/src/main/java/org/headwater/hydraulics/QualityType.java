package org.headwater.hydraulics;

/** What a water-quality run computes, as EPANET's [OPTIONS] QUALITY: nothing, a chemical, water age or a source trace. */
public enum QualityType {
    NONE,
    CHEMICAL,
    AGE,
    TRACE
}
