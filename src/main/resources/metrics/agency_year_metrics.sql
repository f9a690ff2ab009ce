-- agency_year_metrics: per agency and year, applications against the same agency's previous year (a join on year - 1, so a missing year gives NULL), workload and rates with explicit denominators (NULL when the denominator is 0 or not stated).
SELECT
  c.agency_key,
  c.agency,
  c.year,
  c.report_id,
  c.report_count,
  CAST(c.new_total AS BIGINT) AS applications,
  CAST(p.new_total AS BIGINT) AS applications_prev_year,
  try_divide(CAST(c.new_total AS DOUBLE), CAST(NULLIF(p.new_total, 0) AS DOUBLE)) - 1 AS applications_yoy_change,
  CAST(c.new_total + c.carried_total AS BIGINT) AS workload,
  try_divide(
    CAST(c.granted_total + c.partial_total AS DOUBLE),
    CAST(NULLIF(c.processed_total, 0) AS DOUBLE)) AS grant_rate,
  100 * try_divide(CAST(c.review_total AS DOUBLE), CAST(NULLIF(c.new_total, 0) AS DOUBLE)) AS review_per_100,
  -- pre-2019 narrative reports state one litigation count without the split
  100 * try_divide(
    CAST(coalesce(c.suit_direct_total + c.suit_after_review_total, c.suit_total) AS DOUBLE),
    CAST(NULLIF(c.new_total, 0) AS DOUBLE)) AS litigation_per_100,
  try_divide(
    CAST(c.review_corrected AS DOUBLE),
    CAST(NULLIF(c.review_upheld + c.review_corrected + c.review_other, 0) AS DOUBLE)) AS review_correction_rate,
  CAST(c.proactive_total AS BIGINT) AS proactive_total
FROM agency_year_reports c
LEFT JOIN agency_year_reports p
  ON p.agency_key = c.agency_key AND p.year = c.year - 1
