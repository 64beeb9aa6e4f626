package org.radassist.cli;

/** The {@code --format} values of the subcommands. */
enum OutputFormat {
    TEXT, JSON
}
