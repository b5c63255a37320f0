// Ids are unique across the whole graph (every governance node carries the
// Entity label) and per label, so that MERGE on id never duplicates a node.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT area_id IF NOT EXISTS FOR (n:Area) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT board_id IF NOT EXISTS FOR (n:Board) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT role_id IF NOT EXISTS FOR (n:Role) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT strategy_id IF NOT EXISTS FOR (n:Strategy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT priority_id IF NOT EXISTS FOR (n:Priority) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT outcome_id IF NOT EXISTS FOR (n:Outcome) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT objective_id IF NOT EXISTS FOR (n:Objective) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT area_of_focus_id IF NOT EXISTS FOR (n:AreaOfFocus) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT terms_of_reference_id IF NOT EXISTS FOR (n:TermsOfReference) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT health_check_id IF NOT EXISTS FOR (n:HealthCheck) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_file IF NOT EXISTS FOR (n:Document) REQUIRE n.file IS UNIQUE;
CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (n:Migration) REQUIRE n.id IS UNIQUE;
// As-of queries filter every node on its validity window.
CREATE INDEX entity_valid_from IF NOT EXISTS FOR (n:Entity) ON (n.validFrom);
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
// Search: names and the aliases and abbreviations people use (HWB, LSCB, SFACG ...).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.searchText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
