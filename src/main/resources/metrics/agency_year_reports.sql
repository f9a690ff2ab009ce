-- agency_year_reports: the one report chosen per agency and year (most stated values, then fewest findings, then smallest report_id), with the number of distinct documents found.
SELECT *
FROM (
  SELECT
    rv.*,
    count(*) OVER (PARTITION BY agency_key, year) AS report_count,
    row_number() OVER (
      PARTITION BY agency_key, year
      ORDER BY value_count DESC, finding_count ASC, report_id ASC) AS choice
  FROM report_values rv
  WHERE agency_key IS NOT NULL AND year IS NOT NULL
)
WHERE choice = 1
