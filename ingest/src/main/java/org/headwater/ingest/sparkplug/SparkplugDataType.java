package org.headwater.ingest.sparkplug;

/** The Sparkplug B metric datatype numbers (specification 3.0, section 6.4.16). */
final class SparkplugDataType {

    static final int INT8 = 1;
    static final int INT16 = 2;
    static final int INT32 = 3;
    static final int INT64 = 4;
    static final int UINT8 = 5;
    static final int UINT16 = 6;
    static final int UINT32 = 7;
    static final int UINT64 = 8;
    static final int FLOAT = 9;
    static final int DOUBLE = 10;
    static final int BOOLEAN = 11;
    static final int STRING = 12;
    static final int DATETIME = 13;
    static final int TEXT = 14;
    static final int UUID = 15;

    private static final String[] NAMES = {
        "Unknown",
        "Int8",
        "Int16",
        "Int32",
        "Int64",
        "UInt8",
        "UInt16",
        "UInt32",
        "UInt64",
        "Float",
        "Double",
        "Boolean",
        "String",
        "DateTime",
        "Text",
        "UUID",
        "DataSet",
        "Bytes",
        "File",
        "Template",
        "PropertySet",
        "PropertySetList",
        "Int8Array",
        "Int16Array",
        "Int32Array",
        "Int64Array",
        "UInt8Array",
        "UInt16Array",
        "UInt32Array",
        "UInt64Array",
        "FloatArray",
        "DoubleArray",
        "BooleanArray",
        "StringArray",
        "DateTimeArray"
    };

    private SparkplugDataType() {}

    static String name(int dataType) {
        return dataType >= 0 && dataType < NAMES.length ? NAMES[dataType] : "type " + dataType;
    }
}
