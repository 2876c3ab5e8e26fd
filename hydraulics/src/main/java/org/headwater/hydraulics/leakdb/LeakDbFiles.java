package org.headwater.hydraulics.leakdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Where a LeakDB folder keeps a network's base model: Net1_LeakDB.inp or Hanoi_CMH.inp (or .inp.gz). */
public final class LeakDbFiles {

    private LeakDbFiles() {}

    /** The base model of {@code network} (Net1 or Hanoi) in {@code dir}. */
    public static Path model(Path dir, String network) {
        String prefix = switch (network.toLowerCase(Locale.ROOT)) {
            case "net1" -> "net1";
            case "hanoi" -> "hanoi_cmh";
            default -> throw new IllegalArgumentException("LeakDB has networks Net1 and Hanoi, not " + network);
        };
        try (var files = Files.list(dir)) {
            return files.filter(f -> {
                        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        return n.startsWith(prefix) && (n.endsWith(".inp") || n.endsWith(".inp.gz"));
                    })
                    .sorted()
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no " + network + " .inp file in " + dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
