// Create or update the chair, member and represents lines one committee's sync changed; one
// line per (type, from, to). Both ends exist (write-nodes ran first in the same transaction).
// Parameters: $lines: [{type, from, to, properties, dates: {validFrom, validTo, lastEvidencedOn,
//   notSeenSince, viceChairFrom, viceChairTo}}] (YYYY-MM-DD text or null; null removes).
UNWIND $lines AS line
MATCH (a:Entity {id: line.from})
MATCH (b:Entity {id: line.to})
MERGE (a)-[r:$(line.type)]->(b)
ON CREATE SET r.version = 0
SET r += line.properties,
    r.validFrom = date(line.dates.validFrom),
    r.validTo = date(line.dates.validTo),
    r.lastEvidencedOn = date(line.dates.lastEvidencedOn),
    r.notSeenSince = date(line.dates.notSeenSince),
    // Marked as possibly ended (drawn faded, with its last evidence) only while not seen since.
    r.lastEvidencedRule = CASE WHEN line.dates.notSeenSince IS NULL THEN null ELSE 'MODERNGOV_NOT_SEEN' END,
    r.viceChairFrom = date(line.dates.viceChairFrom),
    r.viceChairTo = date(line.dates.viceChairTo),
    r.version = r.version + 1
RETURN count(r) AS written
