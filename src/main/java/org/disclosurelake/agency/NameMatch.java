package org.disclosurelake.agency;

/**
 * A division whose name starts a piece of text.
 *
 * @param division the division
 * @param length how many characters of the text the name covers
 * @param shortForm true when matched by the short name (淮安 for 淮安市), false for the full name
 */
record NameMatch(Division division, int length, boolean shortForm) {}
