package com.backproplab.run;

import java.io.PrintStream;

/** A command line that cannot be run: the message says why, the usage line says how. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String usage;

    UsageException(String message, String usage) {
        super(message);
        this.usage = usage;
    }

    /** The command's usage line. */
    public String usage() {
        return usage;
    }

    /** Prints the problem, then the usage line. */
    public void print(PrintStream err) {
        err.println(getMessage());
        err.println(usage);
    }
}
