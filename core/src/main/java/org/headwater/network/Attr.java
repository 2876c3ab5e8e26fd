package org.headwater.network;

/** Documented attribute keys; importers write these, typed views and analytics read them. */
public final class Attr {

    private Attr() {}

    public static final String ELEVATION_M = "elevation_m";
    public static final String BASE_DEMAND_LPS = "base_demand_lps";
    public static final String DEMAND_PATTERN = "demand_pattern";
    public static final String LENGTH_M = "length_m";
    public static final String DIAMETER_MM = "diameter_mm";
    public static final String ROUGHNESS = "roughness";
    public static final String MATERIAL = "material";
    public static final String INSTALL_DATE = "install_date";
    public static final String INSTALL_YEAR = "install_year";
    public static final String LINING = "lining";
    public static final String STATUS = "status";
    public static final String HEAD_M = "head_m";
    public static final String INIT_LEVEL_M = "init_level_m";
    public static final String MIN_LEVEL_M = "min_level_m";
    public static final String MAX_LEVEL_M = "max_level_m";
    public static final String VALVE_TYPE = "valve_type";
    public static final String SETTING = "setting";
    public static final String PUMP_CURVE = "pump_curve";
    public static final String POWER_KW = "power_kw";
    public static final String ZONE = "zone";
    public static final String CUSTOMER_CLASS = "customer_class";

    // Meter and meter-interface-unit attributes (EPA sections 3.1-3.4).
    public static final String METER_TYPE = "meter_type";
    public static final String METER_SIZE_IN = "meter_size_in";
    public static final String METER_ORIENTATION = "meter_orientation";
    public static final String REMOTE_VALVE = "remote_valve";
    public static final String BACKFLOW_PREVENTER = "backflow_preventer";
    public static final String REGISTER_UNIT = "register_unit";
    public static final String REGISTER_ROLLOVER = "register_rollover";
    public static final String READ_INTERVAL_MIN = "read_interval_min";
    public static final String TRANSMISSION_INTERVAL_H = "transmission_interval_h";
    public static final String SERIAL = "serial";

    // Sensor attributes.
    public static final String MEASURAND = "measurand";

    // Import provenance and hydraulic-model details (EPANET and asset registers).
    /** The element's id in its source file (the graph id may differ, e.g. a prefixed EPANET link id). */
    public static final String SOURCE_ID = "source_id";
    /** Where the element was imported from: "epanet", "asset-register", "geojson". */
    public static final String SOURCE_FORMAT = "source_format";

    public static final String MINOR_LOSS = "minor_loss";
    public static final String TANK_DIAMETER_M = "tank_diameter_m";
    public static final String MIN_VOLUME_M3 = "min_volume_m3";
    public static final String VOLUME_CURVE = "volume_curve";
    public static final String HEAD_PATTERN = "head_pattern";
    public static final String PUMP_SPEED = "pump_speed";
    public static final String PUMP_PATTERN = "pump_pattern";
    /** The headloss formula the roughness belongs to: H-W, D-W or C-M. */
    public static final String HEADLOSS_FORMULA = "headloss_formula";

    public static final String CRITICALITY = "criticality";

    /**
     * On a premise: the critical use that must keep its water (hospital, dialysis, care home, school, fire
     * station ...), free text; absent or blank for an ordinary customer. What-if runs list these first.
     */
    public static final String CRITICAL_USE = "critical_use";

    // Pipe attributes the break-risk model uses when the register has them (docs/break-risk.md).
    /** An id shared by the mains of one street section: breaks on neighbours of the same street count. */
    public static final String ROAD_SEGMENT = "road_segment";
    /** The date a pipe was lined (relined); the lining itself is {@link #LINING}. */
    public static final String LINED_DATE = "lined_date";
    /** Y or N: a main laid shallower than the utility's standard cover. */
    public static final String SHALLOW_MAIN = "shallow_main";
}
