// How far a sync got: its state, the place it works on, and the committees done (the next run
// resumes after them). Parameters: $id, $state, $place, $committeesTotal, $doneCommitteeIds (added).
MATCH (s:ModernGovSync {id: $id})
WITH s, coalesce(s.doneCommitteeIds, []) + [id IN $doneCommitteeIds WHERE NOT id IN coalesce(s.doneCommitteeIds, [])] AS done
SET s.state = $state,
    s.place = $place,
    s.committeesTotal = coalesce($committeesTotal, s.committeesTotal),
    s.doneCommitteeIds = done,
    s.committeesDone = size(done),
    s.updatedAt = datetime()
RETURN s.id AS id
