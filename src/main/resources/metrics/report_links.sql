-- report_links: one row per report that shares its agency and year with another distinct document (a finding per link).
-- DUPLICATE_RENDITION: a sibling in another form (HTML and text/PDF of the same report); DUPLICATE_VERSION: same form,
-- different bytes (a corrected re-publication). Both documents stay in `reports`; the metrics choose one.
SELECT
  r.report_id,
  r.agency,
  r.year,
  r.form,
  array_sort(collect_set(o.report_id)) AS sibling_report_ids,
  array_sort(collect_set(o.form)) AS sibling_forms,
  CASE WHEN max(CASE WHEN o.form <> r.form THEN 1 ELSE 0 END) = 1 THEN 'DUPLICATE_RENDITION' ELSE 'DUPLICATE_VERSION' END
    AS finding
FROM reports r
JOIN reports o ON o.agency = r.agency AND o.year = r.year AND o.report_id <> r.report_id
WHERE r.agency IS NOT NULL AND r.year IS NOT NULL
GROUP BY r.report_id, r.agency, r.year, r.form
