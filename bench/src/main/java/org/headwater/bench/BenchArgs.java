package org.headwater.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options of an end-to-end benchmark; anything unknown is refused by name. */
final class BenchArgs {

    private final Map<String, String> values;

    private BenchArgs(Map<String, String> values) {
        this.values = values;
    }

    static BenchArgs parse(List<String> args, List<String> known) {
        Map<String, String> values = new HashMap<>();
        Set<String> allowed = Set.copyOf(known);
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException("unknown option " + name + "; expected one of " + known);
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            values.put(name, args.get(i + 1));
        }
        return new BenchArgs(values);
    }

    String text(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** A positive whole number; underscores allowed as in {@code 10_000_000}. */
    long count(String name, long otherwise) {
        String value = values.get(name);
        if (value == null) {
            return otherwise;
        }
        try {
            long n = Long.parseLong(value.replace("_", ""));
            if (n < 1) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number: " + value);
        }
    }
}
