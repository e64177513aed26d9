package com.backproplab.cli;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Malformed experiment JSON and dataset CSV for {@link CliFuzzTest}, from one seeded random source: a plausible
 * file first (random keys and values, some valid), then a few of the mutations the readers must survive: edge
 * numbers, wrong types, deep nesting, cut or inserted text, long cells, many columns, stray quotes and encodings.
 */
final class FuzzInputs {
    private static final List<String> NUMBERS = List.of("0", "-0", "1", "-1", "0.5", "1e308", "-1e308", "1e-320",
            "1e400", "NaN", "Infinity", "-Infinity", "2147483648", "9223372036854775808", "1e6", "1e-9", "3.7",
            "100000000000", "-5", "0.999999", "1.0", "256", "257", "33", "1e1000000");
    private static final List<String> WORDS = List.of("tanh", "relu", "sigmoid", "leaky_relu", "linear", "adam", "gd",
            "momentum", "rmsprop", "xavier", "he", "zeros", "scaled", "small_random", "glorot", "constant",
            "exponential", "inverse_time", "inverse_sqrt", "", "Tanh", "x", "null");
    private static final List<String> NETWORK = List.of("hidden", "activation", "init", "initScale", "seed",
            "batchNorm");
    private static final List<String> TRAINING = List.of("optimizer", "learningRate", "beta", "beta1", "beta2",
            "epsilon", "batchSize", "shuffle", "l2", "keepProb", "schedule");
    private static final List<String> DATA = List.of("devFraction", "splitSeed", "normalize");

    private final SplittableRandom r;

    FuzzInputs(SplittableRandom random) {
        this.r = random;
    }

    private <T> T pick(List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private String number() {
        return r.nextInt(3) == 0 ? Double.toString(r.nextGaussian() * Math.pow(10, r.nextInt(-5, 6))) : pick(NUMBERS);
    }

    /** Any JSON value, mostly small, sometimes of the wrong kind. */
    private String value(int depth) {
        switch (r.nextInt(depth > 3 ? 4 : 7)) {
            case 0, 1:
                return number();
            case 2:
                return "\"" + pick(WORDS) + "\"";
            case 3:
                return r.nextBoolean() ? "true" : r.nextBoolean() ? "false" : "null";
            case 4:
                StringBuilder a = new StringBuilder("[");
                int n = r.nextInt(5);
                for (int i = 0; i < n; i++) {
                    a.append(i > 0 ? ", " : "").append(r.nextInt(3) == 0 ? value(depth + 1) : number());
                }
                return a.append(']').toString();
            default:
                return "{\"" + pick(TRAINING) + "\": " + value(depth + 1) + "}";
        }
    }

    private String object(List<String> keys) {
        StringBuilder o = new StringBuilder("{");
        java.util.ArrayList<String> order = new java.util.ArrayList<>(keys);
        java.util.Collections.shuffle(order, new java.util.Random(r.nextLong()));
        if (r.nextInt(15) == 0) {
            order.add(0, pick(List.of("extra", "learningrate", "Hidden")));
        }
        int n = Math.min(order.size(), r.nextInt(6));
        for (int i = 0; i < n; i++) {
            String key = order.get(i);
            String v = r.nextInt(12) > 0 ? valid(key) : r.nextInt(3) == 0 ? "\"" + pick(WORDS) + "\"" : value(1);
            o.append(i > 0 ? ", " : "").append('"').append(key).append("\": ").append(v);
        }
        return o.append('}').toString();
    }

    /** A value the key accepts (mostly), so that runs get past the readers and train, diverge or not. */
    private String valid(String key) {
        return switch (key) {
            case "hidden" -> "[" + (1 + r.nextInt(12)) + (r.nextBoolean() ? ", " + (1 + r.nextInt(12)) : "") + "]";
            case "activation" -> "\"" + pick(List.of("tanh", "relu", "sigmoid", "leaky_relu", "linear")) + "\"";
            case "init" -> "\"" + pick(List.of("xavier", "he", "zeros", "scaled", "small_random", "glorot")) + "\"";
            case "optimizer" -> "\"" + pick(List.of("adam", "gd", "momentum", "rmsprop")) + "\"";
            case "initScale" -> Double.toString(r.nextDouble(0, 8));
            case "learningRate" -> "1e" + r.nextInt(-4, 7);
            case "l2" -> r.nextBoolean() ? "0" : "1e" + r.nextInt(-3, 8);
            case "batchSize" -> Integer.toString(1 + r.nextInt(64));
            case "keepProb" -> Double.toString(r.nextDouble(0.3, 1.0));
            case "beta", "beta1", "beta2", "devFraction" -> Double.toString(r.nextDouble(0, 0.6));
            case "batchNorm", "shuffle", "normalize" -> Boolean.toString(r.nextBoolean());
            case "schedule" -> "{\"kind\": \"" + pick(List.of("constant", "exponential", "inverse_time",
                    "inverse_sqrt")) + "\", \"rate\": " + r.nextDouble(0, 2) + "}";
            default -> Integer.toString(r.nextInt(100));
        };
    }

    /** An experiment whose data is the CSV {@code csv} or inline points, then mutated. */
    String experiment(String csv) {
        StringBuilder e = new StringBuilder("{\"version\": ").append(r.nextInt(40) == 0 ? number() : "1");
        if (r.nextBoolean()) {
            e.append(", \"network\": ").append(object(NETWORK));
        }
        if (r.nextBoolean()) {
            e.append(", \"training\": ").append(object(TRAINING));
        }
        String data = object(DATA);
        String source = r.nextInt(3) > 0 ? "\"file\": \"" + (r.nextInt(20) == 0 ? "missing.csv" : csv) + "\""
                : "\"points\": " + points();
        e.append(", \"data\": {").append(source).append(data.length() > 2 ? ", " + data.substring(1) : "}");
        if (r.nextInt(10) == 0) {
            e.append(", \"parameters\": {\"layers\": ").append(value(2)).append(", \"step\": ").append(number())
                    .append('}');
        }
        return mutate(e.append('}').toString());
    }

    private String points() {
        StringBuilder p = new StringBuilder("[");
        int n = 2 + r.nextInt(12);
        for (int i = 0; i < n; i++) {
            boolean odd = r.nextInt(12) == 0;
            p.append(i > 0 ? ", " : "").append(r.nextInt(30) == 0 ? value(2)
                    : "[" + (odd ? number() : r.nextGaussian() * 3) + ", " + r.nextGaussian() * 3 + ", "
                    + (r.nextInt(30) == 0 ? 2 : i % 2) + "]");
        }
        return p.append(']').toString();
    }

    /** A dataset CSV: header, rows of edge numbers and labels, then mutated. */
    String csv() {
        StringBuilder c = new StringBuilder(r.nextInt(10) == 0 ? "\uFEFF" : "");
        c.append(r.nextInt(30) == 0 ? "x1,x2" : r.nextInt(12) == 0 ? "\"x1\", x2 ,label" : "x1,x2,label").append('\n');
        int n = 2 + r.nextInt(40);
        int odd = r.nextInt(5) == 0 ? 20 : 100_000;
        for (int i = 0; i < n; i++) {
            if (r.nextInt(15) == 0) {
                c.append("# a comment, \"quoted\"\n");
            }
            String a = r.nextInt(odd) == 0 ? number() : Double.toString(r.nextGaussian() * 3);
            String b = r.nextInt(odd) == 0 ? number() : Double.toString(r.nextGaussian() * 3);
            String label = r.nextInt(odd) == 0 ? pick(NUMBERS) : Integer.toString(i % 2);
            c.append(a).append(',').append(b).append(',').append(label).append(r.nextInt(10) == 0 ? "\r\n" : "\n");
        }
        return mutate(c.toString());
    }

    /** A few random edits: cut, insert, duplicate, long runs, stray quotes and brackets, nesting. */
    private String mutate(String text) {
        StringBuilder s = new StringBuilder(text);
        int edits = r.nextInt(6) == 0 ? 1 + r.nextInt(3) : 0;
        for (int k = 0; k < edits && s.length() > 0; k++) {
            int at = r.nextInt(s.length());
            switch (r.nextInt(9)) {
                case 0 -> s.delete(at, Math.min(s.length(), at + 1 + r.nextInt(8)));
                case 1 -> s.insert(at, pick(List.of("\"", ",", "[", "]", "{", "}", ":", "\n", "\r", "\u0000", "é",
                        "\uFFFD", "#", " ")));
                case 2 -> s.insert(at, number());
                case 3 -> s.setLength(at);
                case 4 -> s.insert(at, ",".repeat(1 + r.nextInt(r.nextInt(50) == 0 ? 100_000 : 20)));
                case 5 -> s.insert(at, "7".repeat(1 + r.nextInt(r.nextInt(50) == 0 ? 50_000 : 300)));
                case 6 -> s.insert(at, "[".repeat(r.nextInt(1500)));
                case 7 -> s.append(s, at, Math.min(s.length(), at + r.nextInt(200)));
                default -> s.setCharAt(at, (char) r.nextInt(32, 127));
            }
        }
        return s.toString();
    }
}
