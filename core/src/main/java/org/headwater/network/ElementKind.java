package org.headwater.network;

/**
 * The kinds of element in the network graph. Each kind says which utility it belongs to and whether
 * it is a node, a link between two nodes, or an area; new utilities add kinds here, not new graphs.
 */
public enum ElementKind {
    JUNCTION(Domain.WATER, Shape.NODE),
    RESERVOIR(Domain.WATER, Shape.NODE),
    TANK(Domain.WATER, Shape.NODE),
    PIPE(Domain.WATER, Shape.LINK),
    PUMP(Domain.WATER, Shape.LINK),
    VALVE(Domain.WATER, Shape.LINK),
    HYDRANT(Domain.WATER, Shape.NODE),
    PUMP_STATION(Domain.WATER, Shape.NODE),
    PLANT(Domain.WATER, Shape.NODE),
    PRESSURE_ZONE(Domain.WATER, Shape.AREA),
    DMA(Domain.WATER, Shape.AREA),
    PREMISE(Domain.WATER, Shape.NODE),
    SERVICE_CONNECTION(Domain.WATER, Shape.LINK),
    METER(Domain.WATER, Shape.NODE),
    SENSOR(Domain.WATER, Shape.NODE),
    ACCOUNT(Domain.CUSTOMER, Shape.NONE);

    /** How an element sits in space and in the graph. */
    public enum Shape {
        NODE,
        LINK,
        AREA,
        NONE
    }

    private final Domain domain;
    private final Shape shape;

    ElementKind(Domain domain, Shape shape) {
        this.domain = domain;
        this.shape = shape;
    }

    public Domain domain() {
        return domain;
    }

    public Shape shape() {
        return shape;
    }
}
