/**
 * Tools that measure the job: the ingest benchmark over a generated corpus, the metric SQL over synthetic rows, the
 * lake's accuracy against the generator's truth. They use the job ({@code spark}), {@code generate} and
 * {@code accuracy}; nothing of the job uses them.
 */
package org.disclosurelake.bench;
