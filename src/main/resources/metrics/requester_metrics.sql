-- requester_metrics: the share of new applications filed by organisations rather than natural persons, 1 - t3.new.natural / t3.new.total.
SELECT
  agency_id,
  year,
  CAST(new_natural AS BIGINT) AS applications_natural,
  1 - try_divide(CAST(new_natural AS DOUBLE), CAST(NULLIF(new_total, 0) AS DOUBLE)) AS organisation_share,
  new_total < 30 AS organisation_share_unstable
FROM agency_year_reports
