/** Named Cypher files of the health-check job (cypher/health-check/); the rule* ones serve rules.ts. */
export const healthCheckQueries = {
  getBoard: "health-check/get-board",
  listHealthChecks: "health-check/list-health-checks",
  listAssessmentRounds: "health-check/list-assessment-rounds",
  findBoardRounds: "health-check/find-board-rounds",
  openAssessmentRound: "health-check/open-assessment-round",
  lockAssessmentRound: "health-check/lock-assessment-round",
  recordAssessmentResponse: "health-check/record-assessment-response",
  ruleChairs: "health-check/rules/chairs",
  ruleUpwardLines: "health-check/rules/upward-lines",
  ruleCycles: "health-check/rules/cycles",
  ruleTermsOfReference: "health-check/rules/terms-of-reference",
  ruleStrategies: "health-check/rules/strategies",
  ruleMembers: "health-check/rules/members",
  ruleChairLoad: "health-check/rules/chair-load",
} as const;
