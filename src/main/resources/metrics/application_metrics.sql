-- application_metrics: applications (t3.new) and workload (t3.new + t3.carried) per agency and year, with the change and ratio against the same agency_id's year - 1 (a join, so a missing year gives NULL, never an older year).
SELECT
  c.agency_id,
  c.year,
  CAST(c.new_total AS BIGINT) AS applications,
  CAST(p.new_total AS BIGINT) AS applications_prev_year,
  try_divide(CAST(c.new_total AS DOUBLE), CAST(NULLIF(p.new_total, 0) AS DOUBLE)) - 1 AS applications_yoy_change,
  CAST(c.new_total - p.new_total AS BIGINT) AS applications_yoy_diff,
  try_divide(CAST(c.new_total AS DOUBLE), CAST(NULLIF(p.new_total, 0) AS DOUBLE)) AS applications_yoy_ratio,
  -- the YOY soft check of domain.md §4: a ratio outside [0.2, 5]
  NOT (try_divide(CAST(c.new_total AS DOUBLE), CAST(NULLIF(p.new_total, 0) AS DOUBLE)) BETWEEN 0.2 AND 5)
    AS applications_yoy_outlier,
  CAST(c.carried_total AS BIGINT) AS carried_over,
  CAST(c.new_total + c.carried_total AS BIGINT) AS workload
FROM agency_year_reports c
LEFT JOIN agency_year_reports p
  ON p.agency_id = c.agency_id AND p.year = c.year - 1
