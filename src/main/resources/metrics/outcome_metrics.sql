-- outcome_metrics: outcome counts of 表三 and their shares of t3.processed (grant, denial, unable, not-processed, other rates), plus the legal-vs-practical refusal share over all refusals; rates over fewer than 30 cases are flagged unstable.
SELECT
  agency_id,
  year,
  CAST(processed_total AS BIGINT) AS processed,
  CAST(granted_total AS BIGINT) AS granted,
  CAST(partial_total AS BIGINT) AS partial,
  CAST(denied_sum AS BIGINT) AS denied,
  CAST(unable_sum AS BIGINT) AS unable,
  CAST(not_processed_sum AS BIGINT) AS not_processed,
  CAST(other_sum AS BIGINT) AS other_outcomes,
  try_divide(CAST(granted_total + partial_total AS DOUBLE), CAST(NULLIF(processed_total, 0) AS DOUBLE)) AS grant_rate,
  try_divide(CAST(denied_sum AS DOUBLE), CAST(NULLIF(processed_total, 0) AS DOUBLE)) AS denial_rate,
  try_divide(CAST(unable_sum AS DOUBLE), CAST(NULLIF(processed_total, 0) AS DOUBLE)) AS unable_rate,
  try_divide(CAST(not_processed_sum AS DOUBLE), CAST(NULLIF(processed_total, 0) AS DOUBLE)) AS not_processed_rate,
  try_divide(CAST(other_sum AS DOUBLE), CAST(NULLIF(processed_total, 0) AS DOUBLE)) AS other_rate,
  try_divide(
    CAST(denied_sum AS DOUBLE),
    CAST(NULLIF(denied_sum + unable_sum + not_processed_sum + other_sum, 0) AS DOUBLE)) AS legal_refusal_share,
  processed_total < 30 AS outcome_rates_unstable,
  denied_sum + unable_sum + not_processed_sum + other_sum < 30 AS legal_refusal_share_unstable
FROM agency_year_reports
