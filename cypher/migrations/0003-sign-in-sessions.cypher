// Sign-in: a user's record of when their sessions were voided (sign-out) is looked up on every
// request a session makes; the administrator's one-time links by the hash of their code.
CREATE CONSTRAINT session_void_user IF NOT EXISTS FOR (v:SessionVoid) REQUIRE v.userId IS UNIQUE;
CREATE CONSTRAINT one_time_link_hash IF NOT EXISTS FOR (l:OneTimeLink) REQUIRE l.hash IS UNIQUE;
