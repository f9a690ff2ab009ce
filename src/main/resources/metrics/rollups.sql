-- rollups: counts summed by (year, level, reporter_type) and further by province or city, rates recomputed from the summed numerators and denominators of the agencies that state both; a group never mixes levels or reporter types, so a government's report is never added to its departments' or lower levels' reports.
SELECT
  CASE
    WHEN grouping(province_code) = 0 THEN 'province'
    WHEN grouping(city_code) = 0 THEN 'city'
    ELSE 'level' END AS region_level,
  coalesce(province_code, city_code) AS region_code,
  coalesce(province_name, city_name) AS region_name,
  level,
  reporter_type,
  year,
  count(*) AS agency_count,
  sum(applications) AS applications,
  sum(workload) AS workload,
  sum(processed) AS processed,
  sum(granted) AS granted,
  sum(partial) AS partial,
  sum(denied) AS denied,
  sum(unable) AS unable,
  sum(not_processed) AS not_processed,
  sum(other_outcomes) AS other_outcomes,
  sum(forward) AS forward,
  sum(review_total) AS review_total,
  sum(litigation_total) AS litigation_total,
  sum(proactive_total) AS proactive_total,
  try_divide(CAST(sum(IF(processed IS NULL, NULL, granted + partial)) AS DOUBLE),
    CAST(NULLIF(sum(IF(granted + partial IS NULL, NULL, processed)), 0) AS DOUBLE)) AS grant_rate,
  try_divide(CAST(sum(IF(processed IS NULL, NULL, denied)) AS DOUBLE),
    CAST(NULLIF(sum(IF(denied IS NULL, NULL, processed)), 0) AS DOUBLE)) AS denial_rate,
  try_divide(CAST(sum(IF(processed IS NULL, NULL, unable)) AS DOUBLE),
    CAST(NULLIF(sum(IF(unable IS NULL, NULL, processed)), 0) AS DOUBLE)) AS unable_rate,
  try_divide(CAST(sum(IF(processed IS NULL, NULL, not_processed)) AS DOUBLE),
    CAST(NULLIF(sum(IF(not_processed IS NULL, NULL, processed)), 0) AS DOUBLE)) AS not_processed_rate,
  try_divide(CAST(sum(IF(processed IS NULL, NULL, other_outcomes)) AS DOUBLE),
    CAST(NULLIF(sum(IF(other_outcomes IS NULL, NULL, processed)), 0) AS DOUBLE)) AS other_rate,
  sum(processed) < 30 AS outcome_rates_unstable,
  try_divide(CAST(sum(IF(workload IS NULL, NULL, forward)) AS DOUBLE),
    CAST(NULLIF(sum(IF(forward IS NULL, NULL, workload)), 0) AS DOUBLE)) AS backlog_rate,
  sum(workload) < 30 AS backlog_rate_unstable,
  100 * try_divide(CAST(sum(IF(applications IS NULL, NULL, review_total)) AS DOUBLE),
    CAST(NULLIF(sum(IF(review_total IS NULL, NULL, applications)), 0) AS DOUBLE)) AS review_per_100,
  100 * try_divide(CAST(sum(IF(applications IS NULL, NULL, litigation_total)) AS DOUBLE),
    CAST(NULLIF(sum(IF(litigation_total IS NULL, NULL, applications)), 0) AS DOUBLE)) AS litigation_per_100,
  try_divide(CAST(sum(IF(applications IS NULL, NULL, disputes)) AS DOUBLE),
    CAST(NULLIF(sum(IF(disputes IS NULL, NULL, applications)), 0) AS DOUBLE)) AS dispute_conversion,
  sum(applications) < 30 AS dispute_rates_unstable,
  sum(closed_cases) AS closed_cases,
  sum(corrected_cases) AS corrected_cases,
  try_divide(CAST(sum(corrected_cases) AS DOUBLE), CAST(NULLIF(sum(closed_cases), 0) AS DOUBLE)) AS correction_rate,
  sum(closed_cases) < 30 AS correction_rate_unstable
FROM (
  SELECT
    *,
    element_at(split(region_name, '/'), 1) AS province_name,
    -- in the four municipalities the prefecture-level code (110100) stands for the municipality itself
    IF(province_code IN ('110000', '120000', '310000', '500000'),
      element_at(split(region_name, '/'), 1), element_at(split(region_name, '/'), 2)) AS city_name
  FROM agency_year_metrics
  WHERE level IS NOT NULL
)
GROUP BY GROUPING SETS (
  (year, level, reporter_type, province_code, province_name),
  (year, level, reporter_type, city_code, city_name),
  (year, level, reporter_type))
