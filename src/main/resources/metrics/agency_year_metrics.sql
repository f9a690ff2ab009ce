-- agency_year_metrics: one flat row per agency_id and year joining the metric families (applications, outcomes, requesters, backlog, disputes, corrections, disclosure) with rankings within province and level among reporters of the same type.
SELECT
  v.*,
  -- ranks compare like with like: same year, same region or level, same kind of reporter
  CASE WHEN v.province_code IS NOT NULL AND v.applications IS NOT NULL THEN
    rank() OVER (PARTITION BY v.year, v.province_code, v.level, v.reporter_type, v.applications IS NULL
      ORDER BY v.applications DESC) END AS rank_in_province_applications,
  CASE WHEN v.province_code IS NOT NULL AND v.grant_rate IS NOT NULL THEN
    rank() OVER (PARTITION BY v.year, v.province_code, v.level, v.reporter_type, v.grant_rate IS NULL
      ORDER BY v.grant_rate DESC) END AS rank_in_province_grant_rate,
  CASE WHEN v.level IS NOT NULL AND v.applications IS NOT NULL THEN
    rank() OVER (PARTITION BY v.year, v.level, v.reporter_type, v.applications IS NULL
      ORDER BY v.applications DESC) END AS rank_in_level_applications,
  CASE WHEN v.level IS NOT NULL AND v.grant_rate IS NOT NULL THEN
    rank() OVER (PARTITION BY v.year, v.level, v.reporter_type, v.grant_rate IS NULL
      ORDER BY v.grant_rate DESC) END AS rank_in_level_grant_rate
FROM agency_year_values v
