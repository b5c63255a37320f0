// What editors did to one node and to the lines that start or end at it, newest first.
// Parameters: $id, $limit.
CALL () {
  MATCH (a:AuditEntry {entityId: $id}) RETURN a
  UNION
  MATCH (a:AuditEntry {fromId: $id}) RETURN a
  UNION
  MATCH (a:AuditEntry {toId: $id}) RETURN a
}
RETURN a {.*} AS entry
ORDER BY a.at DESC, a.seq DESC
LIMIT toInteger($limit)
