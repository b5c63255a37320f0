// Editing, history and access control: the audit log is queried by entity,
// by relationship end and by actor, newest first; API tokens are looked up by
// the hash of the presented token, which must therefore be unique.
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE;
CREATE INDEX audit_entry_entity IF NOT EXISTS FOR (a:AuditEntry) ON (a.entityId);
CREATE INDEX audit_entry_from IF NOT EXISTS FOR (a:AuditEntry) ON (a.fromId);
CREATE INDEX audit_entry_to IF NOT EXISTS FOR (a:AuditEntry) ON (a.toId);
CREATE INDEX audit_entry_actor IF NOT EXISTS FOR (a:AuditEntry) ON (a.actor);
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at);
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.hash IS UNIQUE;
