-- dispute_metrics: administrative reviews and lawsuits per 100 new applications and the dispute conversion (reviews + lawsuits) / t3.new, with disputes against the same agency_id's year - 1.
SELECT
  c.agency_id,
  c.year,
  CAST(c.review_total AS BIGINT) AS review_total,
  -- pre-2019 narrative reports state one litigation count without the split
  CAST(coalesce(c.suit_direct_total + c.suit_after_review_total, c.suit_total) AS BIGINT) AS litigation_total,
  CAST(c.review_total + coalesce(c.suit_direct_total + c.suit_after_review_total, c.suit_total) AS BIGINT) AS disputes,
  CAST(p.review_total + coalesce(p.suit_direct_total + p.suit_after_review_total, p.suit_total) AS BIGINT)
    AS disputes_prev_year,
  CAST((c.review_total + coalesce(c.suit_direct_total + c.suit_after_review_total, c.suit_total))
    - (p.review_total + coalesce(p.suit_direct_total + p.suit_after_review_total, p.suit_total)) AS BIGINT)
    AS disputes_yoy_diff,
  try_divide(
    CAST(c.review_total + coalesce(c.suit_direct_total + c.suit_after_review_total, c.suit_total) AS DOUBLE),
    CAST(NULLIF(p.review_total + coalesce(p.suit_direct_total + p.suit_after_review_total, p.suit_total), 0) AS DOUBLE))
    AS disputes_yoy_ratio,
  100 * try_divide(CAST(c.review_total AS DOUBLE), CAST(NULLIF(c.new_total, 0) AS DOUBLE)) AS review_per_100,
  100 * try_divide(
    CAST(coalesce(c.suit_direct_total + c.suit_after_review_total, c.suit_total) AS DOUBLE),
    CAST(NULLIF(c.new_total, 0) AS DOUBLE)) AS litigation_per_100,
  try_divide(
    CAST(c.review_total + coalesce(c.suit_direct_total + c.suit_after_review_total, c.suit_total) AS DOUBLE),
    CAST(NULLIF(c.new_total, 0) AS DOUBLE)) AS dispute_conversion,
  c.new_total < 30 AS dispute_rates_unstable
FROM agency_year_reports c
LEFT JOIN agency_year_reports p
  ON p.agency_id = c.agency_id AND p.year = c.year - 1
