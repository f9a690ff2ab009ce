/** JMH benchmarks of the parser per form, each beside its floor (jsoup alone, or decoding and line splitting). */
package org.disclosurelake.bench;
