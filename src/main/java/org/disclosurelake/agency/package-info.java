/** Agency identity: the GB/T 2260 gazetteer, name normalisation and a stable {@code agency_id} per reporter. */
package org.disclosurelake.agency;
