package org.disclosurelake.generate;

import org.disclosurelake.accuracy.Expected;

/**
 * One generated file and its truth.
 *
 * @param name the file name, extension included
 * @param bytes the file content
 * @param expected what the file states, to be written beside it as {@code NAME.expected}
 */
public record GeneratedDocument(String name, byte[] bytes, Expected expected) {}
