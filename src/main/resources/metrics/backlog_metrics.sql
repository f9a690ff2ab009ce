-- backlog_metrics: the backlog rate t3.forward / (t3.new + t3.carried), and the XY-CARRY check: this year's t3.carried against the same agency_id's t3.forward of year - 1.
SELECT
  c.agency_id,
  c.year,
  CAST(c.forward_total AS BIGINT) AS forward,
  try_divide(CAST(c.forward_total AS DOUBLE), CAST(NULLIF(c.new_total + c.carried_total, 0) AS DOUBLE)) AS backlog_rate,
  c.new_total + c.carried_total < 30 AS backlog_rate_unstable,
  CAST(p.forward_total AS BIGINT) AS prev_year_forward,
  c.carried_total <> p.forward_total AS carry_mismatch
FROM agency_year_reports c
LEFT JOIN agency_year_reports p
  ON p.agency_id = c.agency_id AND p.year = c.year - 1
