package org.headwater.detect.ami;

/** One instance of every detector; detectors hold no state of their own, so one set serves all meters. */
final class Detectors {
    final BackflowDetector backflow = new BackflowDetector();
    final ContinuousLeakDetector continuousLeak = new ContinuousLeakDetector();
    final SuddenStopDetector suddenStop = new SuddenStopDetector();
    final RegisterDetector register = new RegisterDetector();
    final VendorAlarmDetector vendorAlarm = new VendorAlarmDetector();
    final PressureDetector pressure = new PressureDetector();
    final NonReportingDetector nonReporting = new NonReportingDetector();
    final ReversedMeterDetector reversedMeter = new ReversedMeterDetector();
    final IntermittentLeakDetector intermittentLeak = new IntermittentLeakDetector();
    final HighUseDetector highUse = new HighUseDetector();
    final LowUseDetector lowUse = new LowUseDetector();
}
