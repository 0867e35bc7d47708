/**
 * The {@code bellwether} command line: one executable with subcommands (import, symbols, export, demo), each with
 * {@code --help}; query commands print one JSON document with {@code --json}. Exit codes: 0 success, 2 bad usage or
 * bad input, 1 any other failure.
 */
package org.bellwether.cli;
