// Is there a person with this id? An action's owner must be one. Parameters: $id.
MATCH (p:Person {id: $id})
RETURN p.id AS id, p.name AS name
