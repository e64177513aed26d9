package com.backproplab.data;

/** A dataset file that cannot be read, naming the file, the physical line and the problem. */
public class DataFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String problem;

    /** A problem at a 1-based physical line of the file, or at line 0 when no line is to blame. */
    public DataFormatException(String file, int line, String problem) {
        super((line > 0 ? Excerpt.of(file) + ":" + line : Excerpt.of(file)) + ": " + Excerpt.of(problem, 600));
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** The file (or source) name as given to the reader. */
    public String file() {
        return file;
    }

    /** The 1-based physical line of the problem, counting comments and blank lines; 0 if not line-specific. */
    public int line() {
        return line;
    }

    /** The problem alone, without file and line, e.g. "x2 is not a number: 'abc'". */
    public String problem() {
        return problem;
    }
}
