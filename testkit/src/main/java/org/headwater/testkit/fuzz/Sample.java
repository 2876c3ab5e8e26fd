package org.headwater.testkit.fuzz;

import java.util.Objects;

/**
 * One real input a parser accepts, named by where it came from ({@code data/epanet-networks/Net1.inp.gz}).
 *
 * @param name the file (and excerpt) the bytes came from, printed with every failure
 * @param bytes the input as the parser receives it
 */
public record Sample(String name, byte[] bytes) {

    public Sample {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }
}
