/** The command line: {@code run}, {@code parse} and {@code query} subcommands. */
package org.disclosurelake.cli;
