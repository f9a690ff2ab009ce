-- agency_year_reports: the one report chosen per agency_id and year (most stated values, then fewest findings, then smallest report_id), with the agency's identity from `agencies` and the number of distinct documents found.
SELECT *
FROM (
  SELECT
    a.agency_id,
    a.canonical_name,
    a.region_name,
    a.province_code,
    a.city_code,
    a.county_code,
    a.level,
    a.reporter_type,
    rv.*,
    count(*) OVER (PARTITION BY a.agency_id, rv.year) AS report_count,
    row_number() OVER (
      PARTITION BY a.agency_id, rv.year
      ORDER BY rv.value_count DESC, rv.finding_count ASC, rv.report_id ASC) AS choice
  FROM report_values rv
  JOIN (SELECT *, explode(raw_names) AS raw_name FROM agencies) a ON a.raw_name = rv.agency
  WHERE rv.year IS NOT NULL
)
WHERE choice = 1
