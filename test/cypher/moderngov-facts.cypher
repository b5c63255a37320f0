// What a ModernGov sync wrote: its boards, people and organisations, and every line between
// them, with their properties, so that a test can ask who chaired or sat on what when.
// Parameters: none.
RETURN
  COLLECT { MATCH (n:Entity) WHERE n:Board OR n:Person OR n:Organisation RETURN n {.*, label: [l IN labels(n) WHERE l <> 'Entity'][0]} } AS nodes,
  COLLECT { MATCH (a:Entity)-[r:CHAIRS|MEMBER_OF|REPRESENTS]->(b:Entity) RETURN {type: type(r), from: a.id, to: b.id, properties: r {.*}} } AS lines,
  COLLECT { MATCH (e:AuditEntry) RETURN e.action } AS auditActions
