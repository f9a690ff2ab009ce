-- correction_metrics: the correction rate corrected / (upheld + corrected + other) over closed cases only (pending excluded), per 表四 block and pooled over the blocks whose three closed outcomes are stated.
SELECT
  agency_id,
  year,
  try_divide(CAST(review_corrected AS DOUBLE), CAST(NULLIF(review_closed, 0) AS DOUBLE)) AS review_correction_rate,
  try_divide(CAST(suit_direct_corrected AS DOUBLE), CAST(NULLIF(suit_direct_closed, 0) AS DOUBLE))
    AS suit_direct_correction_rate,
  try_divide(CAST(suit_after_review_corrected AS DOUBLE), CAST(NULLIF(suit_after_review_closed, 0) AS DOUBLE))
    AS suit_after_review_correction_rate,
  CAST(closed_cases AS BIGINT) AS closed_cases,
  CAST(corrected_cases AS BIGINT) AS corrected_cases,
  try_divide(CAST(corrected_cases AS DOUBLE), CAST(NULLIF(closed_cases, 0) AS DOUBLE)) AS correction_rate,
  closed_cases < 30 AS correction_rate_unstable
FROM (
  SELECT
    *,
    CASE WHEN coalesce(review_closed, suit_direct_closed, suit_after_review_closed) IS NOT NULL
      THEN coalesce(review_closed, 0) + coalesce(suit_direct_closed, 0) + coalesce(suit_after_review_closed, 0)
    END AS closed_cases,
    CASE WHEN coalesce(review_closed, suit_direct_closed, suit_after_review_closed) IS NOT NULL
      THEN IF(review_closed IS NULL, 0, review_corrected)
        + IF(suit_direct_closed IS NULL, 0, suit_direct_corrected)
        + IF(suit_after_review_closed IS NULL, 0, suit_after_review_corrected)
    END AS corrected_cases
  FROM (
    SELECT
      *,
      review_upheld + review_corrected + review_other AS review_closed,
      suit_direct_upheld + suit_direct_corrected + suit_direct_other AS suit_direct_closed,
      suit_after_review_upheld + suit_after_review_corrected + suit_after_review_other AS suit_after_review_closed
    FROM agency_year_reports
  )
)
