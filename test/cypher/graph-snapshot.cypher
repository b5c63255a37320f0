// Everything the database holds, nodes (with labels) and relationships (with their ends'
// properties), so that a test can prove that a refused or rolled-back change wrote nothing.
// Parameters: none.
RETURN
  COLLECT { MATCH (n) RETURN {labels: labels(n), properties: n {.*}} } AS nodes,
  COLLECT { MATCH (a)-[r]->(b) RETURN {type: type(r), from: a {.*}, to: b {.*}, properties: r {.*}} } AS relationships
