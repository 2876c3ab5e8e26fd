package org.headwater.hydraulics;

/**
 * A pump's energy over a run, as EPANET's energy report: hours on line, average efficiency
 * (percent), energy per volume pumped (kWh per million gallons, or per m³ in SI units), average
 * and peak power (kW) and cost (price units).
 */
public record PumpEnergy(
        String pump,
        double hoursOnline,
        double averageEfficiency,
        double kwhPerVolume,
        double averageKw,
        double peakKw,
        double cost) {}
