-- agency_year_metrics: one flat row per agency_id and year joining the metric families (applications, outcomes, requesters, backlog, disputes, corrections, disclosure) with rankings within province and level among reporters of the same type.
SELECT
  c.agency_id AS agency_key,
  c.canonical_name AS agency,
  c.year,
  c.report_id,
  c.report_count,
  am.applications,
  am.applications_prev_year,
  am.applications_yoy_change,
  am.workload,
  om.grant_rate,
  dm.review_per_100,
  dm.litigation_per_100,
  cm.review_correction_rate,
  CAST(c.proactive_total AS BIGINT) AS proactive_total,
  c.agency_id,
  c.region_name,
  c.province_code,
  c.city_code,
  c.county_code,
  c.level,
  c.reporter_type,
  am.applications_yoy_diff,
  am.applications_yoy_ratio,
  am.applications_yoy_outlier,
  am.carried_over,
  om.processed,
  om.granted,
  om.partial,
  om.denied,
  om.unable,
  om.not_processed,
  om.other_outcomes,
  bm.forward,
  om.denial_rate,
  om.unable_rate,
  om.not_processed_rate,
  om.other_rate,
  om.outcome_rates_unstable,
  om.legal_refusal_share,
  om.legal_refusal_share_unstable,
  rm.applications_natural,
  rm.organisation_share,
  rm.organisation_share_unstable,
  bm.backlog_rate,
  bm.backlog_rate_unstable,
  bm.prev_year_forward,
  bm.carry_mismatch,
  dm.review_total,
  dm.litigation_total,
  dm.disputes,
  dm.disputes_prev_year,
  dm.disputes_yoy_diff,
  dm.disputes_yoy_ratio,
  dm.dispute_conversion,
  dm.dispute_rates_unstable,
  cm.suit_direct_correction_rate,
  cm.suit_after_review_correction_rate,
  cm.closed_cases,
  cm.corrected_cases,
  cm.correction_rate,
  cm.correction_rate_unstable,
  xm.proactive_prev_year,
  xm.proactive_yoy_diff,
  xm.proactive_yoy_ratio,
  xm.rules_made,
  xm.norms_made,
  xm.license_decisions,
  xm.penalty_decisions,
  xm.coercion_decisions,
  xm.fees_amount_wan,
  -- ranks compare like with like: same year, same region or level, same kind of reporter
  CASE WHEN c.province_code IS NOT NULL AND am.applications IS NOT NULL THEN
    rank() OVER (PARTITION BY c.year, c.province_code, c.level, c.reporter_type, am.applications IS NULL
      ORDER BY am.applications DESC) END AS rank_in_province_applications,
  CASE WHEN c.province_code IS NOT NULL AND om.grant_rate IS NOT NULL THEN
    rank() OVER (PARTITION BY c.year, c.province_code, c.level, c.reporter_type, om.grant_rate IS NULL
      ORDER BY om.grant_rate DESC) END AS rank_in_province_grant_rate,
  CASE WHEN c.level IS NOT NULL AND am.applications IS NOT NULL THEN
    rank() OVER (PARTITION BY c.year, c.level, c.reporter_type, am.applications IS NULL
      ORDER BY am.applications DESC) END AS rank_in_level_applications,
  CASE WHEN c.level IS NOT NULL AND om.grant_rate IS NOT NULL THEN
    rank() OVER (PARTITION BY c.year, c.level, c.reporter_type, om.grant_rate IS NULL
      ORDER BY om.grant_rate DESC) END AS rank_in_level_grant_rate
FROM agency_year_reports c
JOIN application_metrics am ON am.agency_id = c.agency_id AND am.year = c.year
JOIN outcome_metrics om ON om.agency_id = c.agency_id AND om.year = c.year
JOIN requester_metrics rm ON rm.agency_id = c.agency_id AND rm.year = c.year
JOIN backlog_metrics bm ON bm.agency_id = c.agency_id AND bm.year = c.year
JOIN dispute_metrics dm ON dm.agency_id = c.agency_id AND dm.year = c.year
JOIN correction_metrics cm ON cm.agency_id = c.agency_id AND cm.year = c.year
JOIN disclosure_metrics xm ON xm.agency_id = c.agency_id AND xm.year = c.year
