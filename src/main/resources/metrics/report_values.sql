-- report_values: one row per report with the stated values the metrics use, pivoted from `facts` (NULL = not stated).
SELECT
  r.report_id,
  -- seam for the agency identity table (renames, mergers): until it exists the key is the agency name as printed
  r.agency AS agency_key,
  r.agency,
  r.year,
  r.template,
  coalesce(size(r.findings), 0) AS finding_count,
  coalesce(v.value_count, 0) AS value_count,
  v.new_total,
  v.carried_total,
  v.granted_total,
  v.partial_total,
  v.processed_total,
  v.review_upheld,
  v.review_corrected,
  v.review_other,
  v.review_total,
  v.suit_direct_total,
  v.suit_after_review_total,
  v.suit_total,
  v.proactive_total
FROM reports r
LEFT JOIN (
  SELECT
    report_id,
    count(value) AS value_count,
    max(value) FILTER (WHERE key = 't3.new.total') AS new_total,
    max(value) FILTER (WHERE key = 't3.carried.total') AS carried_total,
    max(value) FILTER (WHERE key = 't3.granted.total') AS granted_total,
    max(value) FILTER (WHERE key = 't3.partial.total') AS partial_total,
    max(value) FILTER (WHERE key = 't3.processed.total') AS processed_total,
    max(value) FILTER (WHERE key = 't4.review.upheld') AS review_upheld,
    max(value) FILTER (WHERE key = 't4.review.corrected') AS review_corrected,
    max(value) FILTER (WHERE key = 't4.review.other') AS review_other,
    max(value) FILTER (WHERE key = 't4.review.total') AS review_total,
    max(value) FILTER (WHERE key = 't4.suit_direct.total') AS suit_direct_total,
    max(value) FILTER (WHERE key = 't4.suit_after_review.total') AS suit_after_review_total,
    max(value) FILTER (WHERE key = 't4.suit.total') AS suit_total,
    max(value) FILTER (WHERE key = 'proactive.total') AS proactive_total
  FROM facts
  GROUP BY report_id
) v ON v.report_id = r.report_id
