package org.disclosurelake.agency;

import java.util.Objects;

/**
 * What an agency name resolved to: a stable id, the canonical name, the region codes and the kind of reporter.
 *
 * @param agencyId stable key, {@code <region key>:<reporter>} (320813:人民政府, 350128/平潭综合实验区:管理委员会,
 *     000000:国务院办公厅); {@code unresolved:<normalised name>} when no region was found (see data/gazetteer/README.md)
 * @param rawName the name as given
 * @param canonicalName region chain plus reporter (江苏省淮安市洪泽区人民政府), or the normalised name if unresolved
 * @param reporter the organ after the region names, normalised (人民政府, 人民政府办公室, 发展和改革局)
 * @param regionName the region chain joined by '/' (江苏省/淮安市/洪泽区), or null
 * @param provinceCode 6-digit GB/T 2260 code of the province, or null
 * @param cityCode 6-digit code of the prefecture-level division (110100 for a Beijing district), or null
 * @param countyCode 6-digit code of the county-level division, or null
 * @param townshipCode 9-digit NBS code of the township or street, or null
 * @param level the administrative level of the reporter, or null if unresolved
 * @param reporterType the kind of body (classified from the name even when the region is unresolved)
 * @param method how the name was resolved
 * @param note how repaired or curated names were found, or null
 * @param unresolvedReason why no region was assigned ("ambiguous: …", "no region name …"), null when resolved
 */
public record AgencyResolution(
    String agencyId,
    String rawName,
    String canonicalName,
    String reporter,
    String regionName,
    String provinceCode,
    String cityCode,
    String countyCode,
    String townshipCode,
    AdminLevel level,
    ReporterType reporterType,
    ResolutionMethod method,
    String note,
    String unresolvedReason) {

  public AgencyResolution {
    Objects.requireNonNull(agencyId, "agencyId");
    Objects.requireNonNull(reporterType, "reporterType");
    Objects.requireNonNull(method, "method");
    if ((method == ResolutionMethod.UNRESOLVED) != (unresolvedReason != null)) {
      throw new IllegalArgumentException("Cannot build resolution: unresolved iff a reason is given: " + rawName);
    }
  }

  /** True when a region (or the national level) was assigned. */
  public boolean isResolved() {
    return method != ResolutionMethod.UNRESOLVED;
  }
}
