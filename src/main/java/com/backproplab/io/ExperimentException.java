package com.backproplab.io;

import com.backproplab.data.Excerpt;

/**
 * An experiment (or its data file) that cannot be used, as one line: the file, where in it (a key path such as
 * {@code training.learningRate}, or a line number), and the problem.
 */
public class ExperimentException extends Exception {

    private static final long serialVersionUID = 1L;
    /** The longest problem text shown: a sentence and a bounded excerpt or two. */
    private static final int MAX_PROBLEM = 600;

    private final String file;
    private final String key;
    private final int line;
    private final String problem;

    /**
     * @param file the file as the user named it
     * @param key the key path of the problem, or null
     * @param line the 1-based line of the problem, or 0 when no line is to blame
     * @param problem what is wrong, in one sentence
     */
    public ExperimentException(String file, String key, int line, String problem) {
        super(format(file, key, line, problem));
        this.file = file;
        this.key = key;
        this.line = line;
        this.problem = problem;
    }

    /** A problem with a key of the experiment. */
    public ExperimentException(String file, String key, String problem) {
        this(file, key, 0, problem);
    }

    private static String format(String file, String key, int line, String problem) {
        StringBuilder s = new StringBuilder(Excerpt.of(file));
        if (line > 0) {
            s.append(':').append(line);
        }
        s.append(": ");
        if (key != null && !key.isEmpty()) {
            s.append(Excerpt.of(key)).append(": ");
        }
        // One short line, whatever the problem text carries (each quoted value is bounded where it is quoted).
        return s.append(Excerpt.of(problem.replaceAll("\\s*[\\r\\n]+\\s*", " "), MAX_PROBLEM)).toString();
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** The key path of the problem (e.g. {@code parameters.layers[0].W}), or null. */
    public String key() {
        return key;
    }

    /** The 1-based line of the problem, or 0. */
    public int line() {
        return line;
    }

    /** The problem alone. */
    public String problem() {
        return problem;
    }
}
