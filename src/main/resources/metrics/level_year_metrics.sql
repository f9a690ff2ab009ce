-- level_year_metrics: the roll-ups by administrative level and reporter type nationwide, one row per level, reporter type and year.
SELECT
  level, reporter_type, year, agency_count,
  applications, workload, processed, granted, partial, denied, unable, not_processed, other_outcomes, forward,
  review_total, litigation_total, proactive_total,
  grant_rate, denial_rate, unable_rate, not_processed_rate, other_rate, outcome_rates_unstable,
  backlog_rate, backlog_rate_unstable, review_per_100, litigation_per_100, dispute_conversion, dispute_rates_unstable,
  closed_cases, corrected_cases, correction_rate, correction_rate_unstable
FROM rollups
WHERE region_level = 'level'
