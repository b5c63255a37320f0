// Record that a board reviewed its terms of reference and kept them unchanged: the version in force
// records the review date and the next review date, and its version counter goes up by one, so that
// a second editor recording the same review from the version they read is refused. A status note
// such as "under review" (001 3.19) no longer holds once the review is recorded, so it is cleared.
// Parameters: $id (a TermsOfReference id), $reviewedOn, $nextReviewDue (date strings).
MATCH (t:TermsOfReference {id: $id})
SET t.lastReviewedOn = date($reviewedOn), t.reviewDue = date($nextReviewDue),
  t.version = toInteger(coalesce(t.version, 1)) + 1, t.status = null
RETURN t.version AS version
