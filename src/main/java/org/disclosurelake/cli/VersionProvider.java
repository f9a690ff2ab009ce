package org.disclosurelake.cli;

import org.disclosurelake.parse.ReportParser;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code --version} prints, taken from the build rather than written here: the project version, and the parser
 * version the build computed from it ({@code 0.1.0+3f2a9c81d0e4}: the project version, then a hash of the parser).
 */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String parser = ReportParser.VERSION;
    int hash = parser.indexOf('+');
    String project = hash < 0 ? parser : parser.substring(0, hash);
    return new String[] {"disclosure-lake " + project, "parser " + parser};
  }
}
