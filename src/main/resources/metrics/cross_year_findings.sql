-- cross_year_findings: the XY-CARRY soft check, one row per agency_id and year whose t3.carried.total differs from the same agency's t3.forward.total of year - 1 (both stated).
SELECT
  c.agency_id,
  c.canonical_name AS agency,
  c.year,
  'XY-CARRY' AS code,
  format_string(
    '%d carried over into %d (t3.carried.total) but %d carried forward at the end of %d (t3.forward.total)',
    CAST(c.carried_total AS BIGINT), c.year, CAST(p.forward_total AS BIGINT), p.year) AS message,
  c.report_id,
  p.report_id AS prev_report_id
FROM agency_year_reports c
JOIN agency_year_reports p
  ON p.agency_id = c.agency_id AND p.year = c.year - 1
WHERE c.carried_total <> p.forward_total
