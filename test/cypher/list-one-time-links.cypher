// Every one-time link as stored, to show that only a hash of the code is kept.
// Parameters: none.
MATCH (l:OneTimeLink)
RETURN l {.*} AS link
