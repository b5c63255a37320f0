// Close a round: partners can no longer submit (drafts stay on their invitations).
// Parameters: $roundId, $closedOn (date string). Returns the closing date before (null when open).
MATCH (round:AssessmentRound {id: $roundId})
WITH round, round.closedOn AS closedBefore
SET round.closedOn = coalesce(round.closedOn, date($closedOn))
RETURN round.id AS roundId, closedBefore
