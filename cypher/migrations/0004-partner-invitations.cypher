// Self-assessment links: a partner's invitation is found by id on every request its page makes,
// by the hash of its link when the link is exchanged, and is unique per round and partner.
CREATE CONSTRAINT partner_invitation_id IF NOT EXISTS FOR (i:PartnerInvitation) REQUIRE i.id IS UNIQUE;
CREATE CONSTRAINT partner_invitation_hash IF NOT EXISTS FOR (i:PartnerInvitation) REQUIRE i.hash IS UNIQUE;
CREATE CONSTRAINT partner_invitation_round_partner IF NOT EXISTS FOR (i:PartnerInvitation) REQUIRE (i.roundId, i.partnerId) IS UNIQUE;
