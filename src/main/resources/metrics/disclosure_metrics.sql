-- disclosure_metrics: proactive disclosure volume (proactive.total, against the same agency_id's year - 1), regulation output (t2.rules/norms.made), enforcement volume (t2.license/penalty/coercion.decisions) and fees (t2.fees.amount_wan).
SELECT
  c.agency_id,
  c.year,
  CAST(p.proactive_total AS BIGINT) AS proactive_prev_year,
  CAST(c.proactive_total - p.proactive_total AS BIGINT) AS proactive_yoy_diff,
  try_divide(CAST(c.proactive_total AS DOUBLE), CAST(NULLIF(p.proactive_total, 0) AS DOUBLE)) AS proactive_yoy_ratio,
  CAST(c.rules_made AS BIGINT) AS rules_made,
  CAST(c.norms_made AS BIGINT) AS norms_made,
  CAST(c.license_decisions AS BIGINT) AS license_decisions,
  CAST(c.penalty_decisions AS BIGINT) AS penalty_decisions,
  CAST(c.coercion_decisions AS BIGINT) AS coercion_decisions,
  -- 万元 with decimals; the 2019 template has no amount, only item counts
  CAST(c.fees_amount_wan AS DECIMAL(24, 6)) AS fees_amount_wan
FROM agency_year_reports c
LEFT JOIN agency_year_reports p
  ON p.agency_id = c.agency_id AND p.year = c.year - 1
