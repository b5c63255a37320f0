// How many nodes hold this exact value in any property? Tests use it to show a secret is not stored.
// Parameters: $value.
MATCH (n)
WHERE any(key IN keys(n) WHERE n[key] = $value)
RETURN count(n) AS count
