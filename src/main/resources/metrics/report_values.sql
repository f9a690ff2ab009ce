-- report_values: one row per report with the stated values the metrics use, read from the typed 表二/表三/表四 columns of `reports` (NULL = not stated); group sums (denied, unable, not_processed, other) add the stated leaf rows and fall back to the printed group total only when no leaf is stated (pre-2019).
SELECT
  r.report_id,
  r.agency,
  r.year,
  r.template,
  coalesce(size(r.findings), 0) AS finding_count,
  -- the cells of t2, t3 and t4 and proactive_total that hold a value, counted when the report was written
  r.value_count,
  r.t3.new.total AS new_total,
  r.t3.new.natural AS new_natural,
  r.t3.carried.total AS carried_total,
  r.t3.granted.total AS granted_total,
  r.t3.partial.total AS partial_total,
  coalesce(
    CASE WHEN coalesce(r.t3.denied_state_secret.total, r.t3.denied_law_forbidden.total,
        r.t3.denied_three_safety.total, r.t3.denied_third_party.total, r.t3.denied_internal_affairs.total,
        r.t3.denied_process_info.total, r.t3.denied_enforcement_file.total, r.t3.denied_query_item.total) IS NOT NULL
      THEN coalesce(r.t3.denied_state_secret.total, 0) + coalesce(r.t3.denied_law_forbidden.total, 0)
        + coalesce(r.t3.denied_three_safety.total, 0) + coalesce(r.t3.denied_third_party.total, 0)
        + coalesce(r.t3.denied_internal_affairs.total, 0) + coalesce(r.t3.denied_process_info.total, 0)
        + coalesce(r.t3.denied_enforcement_file.total, 0) + coalesce(r.t3.denied_query_item.total, 0) END,
    r.t3.denied.total) AS denied_sum,
  coalesce(
    CASE WHEN coalesce(r.t3.unable_not_held.total, r.t3.unable_needs_creation.total, r.t3.unable_unclear.total)
        IS NOT NULL
      THEN coalesce(r.t3.unable_not_held.total, 0) + coalesce(r.t3.unable_needs_creation.total, 0)
        + coalesce(r.t3.unable_unclear.total, 0) END,
    r.t3.unable.total) AS unable_sum,
  coalesce(
    CASE WHEN coalesce(r.t3.not_processed_petition.total, r.t3.not_processed_repeated.total,
        r.t3.not_processed_publication.total, r.t3.not_processed_excessive.total,
        r.t3.not_processed_confirmation.total) IS NOT NULL
      THEN coalesce(r.t3.not_processed_petition.total, 0) + coalesce(r.t3.not_processed_repeated.total, 0)
        + coalesce(r.t3.not_processed_publication.total, 0) + coalesce(r.t3.not_processed_excessive.total, 0)
        + coalesce(r.t3.not_processed_confirmation.total, 0) END,
    r.t3.not_processed.total) AS not_processed_sum,
  -- the 2021 template split (六) into three rows; 2019 has one
  coalesce(
    CASE WHEN coalesce(r.t3.other_no_correction.total, r.t3.other_unpaid_fee.total, r.t3.other_misc.total)
        IS NOT NULL
      THEN coalesce(r.t3.other_no_correction.total, 0) + coalesce(r.t3.other_unpaid_fee.total, 0)
        + coalesce(r.t3.other_misc.total, 0) END,
    r.t3.other.total) AS other_sum,
  r.t3.processed.total AS processed_total,
  r.t3.forward.total AS forward_total,
  r.t4.review.upheld AS review_upheld,
  r.t4.review.corrected AS review_corrected,
  r.t4.review.other AS review_other,
  r.t4.review.total AS review_total,
  r.t4.suit_direct.upheld AS suit_direct_upheld,
  r.t4.suit_direct.corrected AS suit_direct_corrected,
  r.t4.suit_direct.other AS suit_direct_other,
  r.t4.suit_direct.total AS suit_direct_total,
  r.t4.suit_after_review.upheld AS suit_after_review_upheld,
  r.t4.suit_after_review.corrected AS suit_after_review_corrected,
  r.t4.suit_after_review.other AS suit_after_review_other,
  r.t4.suit_after_review.total AS suit_after_review_total,
  r.t4.suit.total AS suit_total,
  r.proactive_total,
  r.t2.rules.made AS rules_made,
  r.t2.norms.made AS norms_made,
  r.t2.license.decisions AS license_decisions,
  r.t2.penalty.decisions AS penalty_decisions,
  r.t2.coercion.decisions AS coercion_decisions,
  r.t2.fees.amount_wan AS fees_amount_wan
FROM reports r
