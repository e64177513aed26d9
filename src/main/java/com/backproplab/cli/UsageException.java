package com.backproplab.cli;

/** A command line that cannot be run: the message says why, the usage line says how. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String usage;

    UsageException(String message, String usage) {
        super(message);
        this.usage = usage;
    }

    /** The command's usage line. */
    String usage() {
        return usage;
    }
}
