package org.headwater.hydraulics;

/**
 * EPANET 2.2's reaction kinetics (qualreact.c): n-th order and Michaelis-Menten bulk reactions with
 * a limiting potential, zero- and first-order wall reactions limited by mass transfer to the pipe
 * wall (Sherwood number from Notter-Sleicher, Graetz or stagnant flow), water age. Coefficients
 * are per second and concentrations in EPANET's internal mass per cubic foot.
 */
final class QualityReactions {

    static final double LITRES_PER_FT3 = 28.317;
    private static final double DIFFUSIVITY = 1.3e-8; // chlorine in water at 20 C, ft2/s
    private static final double TINY = 1.0e-6;
    private static final double BIG = 1.0e10;
    private static final double SECONDS_PER_DAY = 86_400;

    final boolean age;
    final double bulkOrder;
    final double wallOrder;
    final double tankOrder;
    final double limit;
    final double bulkUnits;
    final double tankUnits;
    final double schmidt;
    final double diffusivity;
    final double viscosity;
    final double lengthUnits; // EPANET's Ucf[ELEV]: 1 for feet, 0.3048 for metres

    QualityReactions(HydraulicModel m, QualitySettings q, double qualityUnits) {
        age = q.type == QualityType.AGE;
        bulkOrder = q.bulkOrder;
        wallOrder = q.wallOrder;
        tankOrder = q.tankOrder;
        limit = q.limitingPotential / qualityUnits;
        bulkUnits = perFt3(bulkOrder);
        tankUnits = perFt3(tankOrder);
        lengthUnits = m.units.head();
        double d = q.diffusivity;
        if (Double.isNaN(d)) {
            d = DIFFUSIVITY;
        } else if (d > 1.0e-4) {
            d *= DIFFUSIVITY; // a multiple of chlorine's
        } else {
            d /= lengthUnits * lengthUnits; // a value in the file's units
        }
        diffusivity = d;
        viscosity = m.viscosity;
        schmidt = d > 0 ? viscosity / d : 0.0;
    }

    /** EPANET getucf(): bulk coefficients per litre to per cubic foot for orders other than 1. */
    private static double perFt3(double order) {
        double n = Math.max(order, 0.0);
        return n == 1.0 ? 1.0 : 1.0 / Math.pow(LITRES_PER_FT3, n - 1.0);
    }

    static double perSecond(double perDay) {
        return perDay / SECONDS_PER_DAY;
    }

    private static double sgn(double x) {
        return x < 0 ? -1.0 : 1.0;
    }

    /** Apparent first-order wall coefficient (1/s), or the mass-transfer coefficient (ft/s) for zero order. */
    double wallCoefficient(double kw, double diameter, double length, double flow) {
        if (kw == 0.0) {
            return 0.0;
        }
        if (schmidt == 0.0) {
            return wallOrder == 0.0 ? BIG : kw * (4.0 / diameter) / lengthUnits;
        }
        double area = Math.PI * diameter * diameter / 4.0;
        double re = Math.abs(flow) / area * diameter / viscosity;
        double sh;
        if (re < 1.0) {
            sh = 2.0;
        } else if (re >= 2300.0) {
            sh = 0.0149 * Math.pow(re, 0.88) * Math.pow(schmidt, 0.333);
        } else {
            double y = diameter / length * re * schmidt;
            sh = 3.65 + 0.0668 * y / (1.0 + 0.04 * Math.pow(y, 0.667));
        }
        double kf = sh * diffusivity / diameter;
        if (wallOrder == 0.0) {
            return kf;
        }
        double k = kw / lengthUnits;
        return (4.0 / diameter) * k * kf / (kf + Math.abs(k));
    }

    /** New quality of a pipe segment after {@code dt} seconds. */
    double pipe(double c, double kb, double kw, double rc, double diameter, long dt) {
        if (age) {
            return Math.max(0.0, c + dt / 3600.0);
        }
        double rbulk = bulk(c, kb, bulkOrder) * bulkUnits;
        double rwall = wall(c, diameter, kw, rc);
        return Math.max(0.0, c + (rbulk + rwall) * dt);
    }

    /** New quality of a tank segment after {@code dt} seconds. */
    double tank(double c, double kb, long dt) {
        double dc = age ? dt / 3600.0 : bulk(c, kb, tankOrder) * tankUnits * dt;
        return Math.max(0.0, c + dc);
    }

    private double bulk(double c, double kb, double order) {
        double p;
        if (order == 0.0) {
            p = 1.0;
        } else if (order < 0.0) {
            double c1 = limit + sgn(kb) * c;
            if (Math.abs(c1) < TINY) {
                c1 = sgn(c1) * TINY;
            }
            p = c / c1;
        } else {
            double c1 = limit == 0.0 ? c : Math.max(0.0, sgn(kb) * (limit - c));
            if (order == 1.0) {
                p = c1;
            } else if (order == 2.0) {
                p = c1 * c;
            } else {
                p = c1 * Math.pow(Math.max(0.0, c), order - 1.0);
            }
        }
        return kb * Math.max(p, 0.0);
    }

    private double wall(double c, double diameter, double kw, double kf) {
        if (kw == 0.0 || diameter == 0.0) {
            return 0.0;
        }
        if (wallOrder == 0.0) {
            double transfer = sgn(kw) * c * kf;
            double rate = kw * lengthUnits * lengthUnits;
            if (Math.abs(transfer) < Math.abs(rate)) {
                rate = transfer;
            }
            return rate * 4.0 / diameter;
        }
        return c * kf;
    }
}
