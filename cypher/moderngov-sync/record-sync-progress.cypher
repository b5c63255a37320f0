// How far a sync got: its state, the place it works on, and the committees done (the next run
// resumes after them). Parameters: $id, $state, $place, $committeesTotal, $doneCommitteeIds (added).
MATCH (s:ModernGovSync {id: $id})
SET s.state = $state,
    s.place = $place,
    s.committeesTotal = coalesce($committeesTotal, s.committeesTotal),
    s.doneCommitteeIds = coalesce(s.doneCommitteeIds, []) + $doneCommitteeIds,
    s.committeesDone = size(coalesce(s.doneCommitteeIds, [])),
    s.updatedAt = datetime()
RETURN s.id AS id
