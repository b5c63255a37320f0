// Generated from schema.graphql by scripts/codegen.ts. Do not edit: run `npm run codegen`.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRecord } from '../domain/entity-record.ts';
import type { GraphContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An uploaded file (GraphQL multipart request). */
  File: { input: unknown; output: unknown; }
};

/** Where a fact comes from: the source document's file name, the section (heading, paragraph or table) and the document's date. */
export type Source = {
  __typename?: 'Source';
  document: Scalars['String']['output'];
  section: Scalars['String']['output'];
  date: Scalars['Date']['output'];
};

/** Anything in the governance graph: a board, an organisation, a person, a strategy ... */
export type Entity = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The node's label: Board, Organisation, Person, Strategy ... */
  label: Scalars['String']['output'];
  /** Classification within the label, e.g. HEALTH_AND_WELLBEING_BOARD. */
  kind?: Maybe<Scalars['String']['output']>;
  /** Other names and abbreviations people use (HWB, LSCB, SFACG ...). */
  aliases: Array<Scalars['String']['output']>;
  /** Id of the first Area the node is in: the first of areaIds (a node may be in several). */
  areaId?: Maybe<Scalars['ID']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** A documented ambiguity about this fact, as the source leaves it. */
  ambiguity?: Maybe<Scalars['String']['output']>;
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
  sources: Array<Source>;
  /** Goes up by one with every change; send it back as expectedVersion. */
  version: Scalars['Int']['output'];
  props: Array<Prop>;
  /** Ids of every Area the node is in (IN_AREA lines), the one areaId names first. */
  areaIds: Array<Scalars['ID']['output']>;
  /** Set when a newer whole-structure description of its area no longer names it: last evidenced on that date in that source. Null while the fact is current. */
  lastEvidenced?: Maybe<LastEvidenced>;
};

export type Area = Entity & {
  __typename?: 'Area';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  label: Scalars['String']['output'];
  kind?: Maybe<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  areaId?: Maybe<Scalars['ID']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  ambiguity?: Maybe<Scalars['String']['output']>;
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
  sources: Array<Source>;
  version: Scalars['Int']['output'];
  props: Array<Prop>;
  areaIds: Array<Scalars['ID']['output']>;
  lastEvidenced?: Maybe<LastEvidenced>;
};

export type Board = Entity & {
  __typename?: 'Board';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  label: Scalars['String']['output'];
  kind?: Maybe<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  areaId?: Maybe<Scalars['ID']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  ambiguity?: Maybe<Scalars['String']['output']>;
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
  sources: Array<Source>;
  version: Scalars['Int']['output'];
  props: Array<Prop>;
  areaIds: Array<Scalars['ID']['output']>;
  lastEvidenced?: Maybe<LastEvidenced>;
};

export type Organisation = Entity & {
  __typename?: 'Organisation';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  label: Scalars['String']['output'];
  kind?: Maybe<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  areaId?: Maybe<Scalars['ID']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  ambiguity?: Maybe<Scalars['String']['output']>;
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
  sources: Array<Source>;
  version: Scalars['Int']['output'];
  props: Array<Prop>;
  areaIds: Array<Scalars['ID']['output']>;
  lastEvidenced?: Maybe<LastEvidenced>;
};

export type Person = Entity & {
  __typename?: 'Person';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  label: Scalars['String']['output'];
  kind?: Maybe<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  areaId?: Maybe<Scalars['ID']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  ambiguity?: Maybe<Scalars['String']['output']>;
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
  sources: Array<Source>;
  version: Scalars['Int']['output'];
  props: Array<Prop>;
  areaIds: Array<Scalars['ID']['output']>;
  lastEvidenced?: Maybe<LastEvidenced>;
};

export type Role = Entity & {
  __typename?: 'Role';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  label: Scalars['String']['output'];
  kind?: Maybe<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  areaId?: Maybe<Scalars['ID']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  ambiguity?: Maybe<Scalars['String']['output']>;
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
  sources: Array<Source>;
  version: Scalars['Int']['output'];
  props: Array<Prop>;
  areaIds: Array<Scalars['ID']['output']>;
  lastEvidenced?: Maybe<LastEvidenced>;
};

export type Strategy = Entity & {
  __typename?: 'Strategy';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  label: Scalars['String']['output'];
  kind?: Maybe<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  areaId?: Maybe<Scalars['ID']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  ambiguity?: Maybe<Scalars['String']['output']>;
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
  sources: Array<Source>;
  periodStart?: Maybe<Scalars['Date']['output']>;
  periodEnd?: Maybe<Scalars['Date']['output']>;
  version: Scalars['Int']['output'];
  props: Array<Prop>;
  areaIds: Array<Scalars['ID']['output']>;
  lastEvidenced?: Maybe<LastEvidenced>;
};

export type Priority = Entity & {
  __typename?: 'Priority';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  label: Scalars['String']['output'];
  kind?: Maybe<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  areaId?: Maybe<Scalars['ID']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  ambiguity?: Maybe<Scalars['String']['output']>;
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
  sources: Array<Source>;
  version: Scalars['Int']['output'];
  props: Array<Prop>;
  areaIds: Array<Scalars['ID']['output']>;
  lastEvidenced?: Maybe<LastEvidenced>;
};

export type Outcome = Entity & {
  __typename?: 'Outcome';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  label: Scalars['String']['output'];
  kind?: Maybe<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  areaId?: Maybe<Scalars['ID']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  ambiguity?: Maybe<Scalars['String']['output']>;
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
  sources: Array<Source>;
  version: Scalars['Int']['output'];
  props: Array<Prop>;
  areaIds: Array<Scalars['ID']['output']>;
  lastEvidenced?: Maybe<LastEvidenced>;
};

export type Objective = Entity & {
  __typename?: 'Objective';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  label: Scalars['String']['output'];
  kind?: Maybe<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  areaId?: Maybe<Scalars['ID']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  ambiguity?: Maybe<Scalars['String']['output']>;
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
  sources: Array<Source>;
  version: Scalars['Int']['output'];
  props: Array<Prop>;
  areaIds: Array<Scalars['ID']['output']>;
  lastEvidenced?: Maybe<LastEvidenced>;
};

export type AreaOfFocus = Entity & {
  __typename?: 'AreaOfFocus';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  label: Scalars['String']['output'];
  kind?: Maybe<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  areaId?: Maybe<Scalars['ID']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  ambiguity?: Maybe<Scalars['String']['output']>;
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
  sources: Array<Source>;
  version: Scalars['Int']['output'];
  props: Array<Prop>;
  areaIds: Array<Scalars['ID']['output']>;
  lastEvidenced?: Maybe<LastEvidenced>;
};

export type TermsOfReference = Entity & {
  __typename?: 'TermsOfReference';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  label: Scalars['String']['output'];
  kind?: Maybe<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  areaId?: Maybe<Scalars['ID']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  ambiguity?: Maybe<Scalars['String']['output']>;
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
  sources: Array<Source>;
  /** Why the board exists, as the terms put it. */
  purpose?: Maybe<Scalars['String']['output']>;
  /** Id of the Person or Role the terms name as chair. */
  chairId?: Maybe<Scalars['ID']['output']>;
  /** Ids of the Organisations, Roles, People or Boards the terms require as members. */
  requiredMemberIds: Array<Scalars['ID']['output']>;
  /** How the terms word the membership, when they do not (only) list ids. */
  membershipText?: Maybe<Scalars['String']['output']>;
  /** Members needed for a quorate meeting. */
  quorum?: Maybe<Scalars['Int']['output']>;
  /** e.g. quarterly. */
  meetingFrequency?: Maybe<Scalars['String']['output']>;
  /** Ids of the bodies the terms say the board is accountable to. */
  accountableToIds: Array<Scalars['ID']['output']>;
  adoptedOn?: Maybe<Scalars['Date']['output']>;
  /** The review date the terms state; see BoardTermsOfReference.reviewDue for the date used. */
  reviewDue?: Maybe<Scalars['Date']['output']>;
  /** The status the record gives in words, e.g. 'under review' (001 3.19). */
  statusNote?: Maybe<Scalars['String']['output']>;
  /** 1 for the first recorded version of a board's terms; each revision adds one. */
  version: Scalars['Int']['output'];
  props: Array<Prop>;
  areaIds: Array<Scalars['ID']['output']>;
  lastEvidenced?: Maybe<LastEvidenced>;
};

export type HealthCheck = Entity & {
  __typename?: 'HealthCheck';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  label: Scalars['String']['output'];
  kind?: Maybe<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  areaId?: Maybe<Scalars['ID']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  ambiguity?: Maybe<Scalars['String']['output']>;
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
  sources: Array<Source>;
  version: Scalars['Int']['output'];
  props: Array<Prop>;
  areaIds: Array<Scalars['ID']['output']>;
  lastEvidenced?: Maybe<LastEvidenced>;
};

/** A source document the graph was built from. */
export type Document = {
  __typename?: 'Document';
  file: Scalars['String']['output'];
  title: Scalars['String']['output'];
  date: Scalars['Date']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One node by id, whatever its label; null when there is none. */
  entity?: Maybe<Entity>;
  /** Nodes of one label (all labels when omitted), optionally in one area, as they stood on a date. */
  entities: Array<Entity>;
  /** The source documents loaded into the graph. */
  documents: Array<Document>;
  /** Entities whose name, aliases or abbreviation (HWB, LSCB, SFACG ...) match the text, best first. Case, punctuation, '&' for 'and' and partial words are tolerated; an exact id comes first. */
  search: Array<Entity>;
  /** Who oversees a strategy: its leads, every accountability route up to a body with nothing above it, and the gaps on the way; as it stood on asOf (omitted: everything, whatever its dates). */
  oversightChain: OversightChain;
  /** Nodes and lines for a diagram, as they stood on a date: around rootId within depth steps, or in an area (an Area id or name, with its sub-areas). types limits the relationship types (default: the governance types). */
  reportingLines: GraphView;
  /** Bodies and lines of an area added, ended and changed between two dates, the replacements in between, and what the newer documents no longer restate. */
  structureDiff: StructureDiff;
  /** Accountability gaps in an area (all areas when omitted) on a date: strategies without lead, governance route or oversight; bodies with no upward line; reporting cycles; overloaded people; single points of failure. */
  accountabilityGaps: AccountabilityGaps;
  /** Every board in force on asOf (in one area and the areas within it, or one board, when given), with the status of its terms of reference and where they disagree with the graph. */
  termsOfReferenceReview: TermsOfReferenceReview;
  /** The health check of one board: each rule's status, reason and evidence, the overall RAG, the recorded health checks and the latest self-assessment. */
  healthCheck: HealthCheckReport;
  /** The rules the health check evaluates. */
  healthCheckRules: Array<HealthCheckRule>;
  /** A board's self-assessment rounds, newest first, each compared with the one before. */
  assessmentRounds: Array<AssessmentRound>;
  /** The statements partners score, grouped under the six principles in the tool's order. */
  assessmentStatements: Array<AssessmentStatement>;
  /** Every relationship that starts or ends at a node, current and ended, with its version. */
  relationships: Array<Relationship>;
  /** What editors did to a node and to the lines at it, newest first. Needs sign-in. */
  history: Array<AuditEntry>;
  /** The audit log, newest first, optionally of one actor (name or id) and of the days from since to until (both included). Needs the editor role. */
  auditLog: Array<AuditEntry>;
  /** The caller; null when anonymous. */
  me?: Maybe<CurrentUser>;
  /** Every API token, live and revoked. Needs the admin role. */
  listApiTokens: Array<ApiToken>;
  /** The graph, or one area of it (its sub-areas, the nodes in them and the nodes without an area linked to those), as JSON. */
  exportGraph: ExportResult;
  /** One board with its chairs, members and the strategies it governs and oversees, with their leads, as they stood on asOf (omitted: everything, whatever its dates); null when no board has the id or it was not in force on asOf. */
  board?: Maybe<BoardDetail>;
  /** The caller as the browser needs them; null when anonymous. */
  viewer?: Maybe<Viewer>;
  /** Every node label of the model with its kinds, as a form offers them. */
  modelLabels: Array<ModelLabel>;
  /** The relationship types the model allows from a node of one label to a node of another, in the model's order. */
  allowedRelationshipTypes: Array<Scalars['String']['output']>;
  /** The document id that cites the signed-in editor themselves: its section says who stated the fact and when, and its date is the day of the edit. */
  statementDocument: Scalars['String']['output'];
  /** One draft, to review or resume (editor role). */
  documentDraft?: Maybe<DocumentDraft>;
  /** Recent drafts, newest first (editor role). */
  documentDrafts: Array<DocumentDraft>;
  /** The calendar feed of an area's review dates. GOV_NOT_FOUND for an unknown area. */
  calendarFeed: CalendarFeedInfo;
  /** Subscription links to calendar feeds (of one area when given), live and revoked. Needs the editor role. */
  calendarSubscriptions: Array<CalendarSubscription>;
  /** Actions of one board, or of every board in an area, optionally only the open ones; overdue is worked out for asOf (today by default). */
  actions: Array<Action>;
  /** One sync's progress and, when done, its report. */
  modernGovSync?: Maybe<ModernGovSync>;
  /** An area's syncs, newest first. */
  modernGovSyncs: Array<ModernGovSync>;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEntitiesArgs = {
  label?: InputMaybe<Scalars['String']['input']>;
  areaId?: InputMaybe<Scalars['ID']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchArgs = {
  text: Scalars['String']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOversightChainArgs = {
  strategyId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryReportingLinesArgs = {
  rootId?: InputMaybe<Scalars['ID']['input']>;
  area?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryStructureDiffArgs = {
  area: Scalars['String']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryAccountabilityGapsArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  leadThreshold?: InputMaybe<Scalars['Int']['input']>;
  chairThreshold?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTermsOfReferenceReviewArgs = {
  asOf: Scalars['Date']['input'];
  dueWithinDays?: InputMaybe<Scalars['Int']['input']>;
  area?: InputMaybe<Scalars['String']['input']>;
  boardId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryHealthCheckArgs = {
  boardId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryAssessmentRoundsArgs = {
  boardId: Scalars['ID']['input'];
};


export type QueryRelationshipsArgs = {
  entityId: Scalars['ID']['input'];
};


export type QueryHistoryArgs = {
  entityId: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditLogArgs = {
  actor?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  until?: InputMaybe<Scalars['Date']['input']>;
  areaId?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExportGraphArgs = {
  areaId?: InputMaybe<Scalars['ID']['input']>;
  format?: ExportFormat;
};


export type QueryBoardArgs = {
  id: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryAllowedRelationshipTypesArgs = {
  fromLabel: Scalars['String']['input'];
  toLabel: Scalars['String']['input'];
};


export type QueryDocumentDraftArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDocumentDraftsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCalendarFeedArgs = {
  areaId: Scalars['ID']['input'];
};


export type QueryCalendarSubscriptionsArgs = {
  areaId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryActionsArgs = {
  boardId?: InputMaybe<Scalars['ID']['input']>;
  areaId?: InputMaybe<Scalars['ID']['input']>;
  openOnly?: InputMaybe<Scalars['Boolean']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryModernGovSyncArgs = {
  id: Scalars['ID']['input'];
};


export type QueryModernGovSyncsArgs = {
  areaId: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/** A relationship between two entities, as drawn in a diagram or walked in a chain. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Stable id: type:from->to. */
  id: Scalars['ID']['output'];
  /** Relationship type, e.g. ACCOUNTABLE_TO, GOVERNED_THROUGH, OVERSEEN_BY. */
  type: Scalars['String']['output'];
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
  sources: Array<Source>;
  description?: Maybe<Scalars['String']['output']>;
  ambiguity?: Maybe<Scalars['String']['output']>;
  /** As Entity.lastEvidenced, for a line. */
  lastEvidenced?: Maybe<LastEvidenced>;
  /** The statute, when a statutory line rule drew the line (e.g. Health and Social Care Act 2012, s194). */
  statute?: Maybe<Scalars['String']['output']>;
};

/** Red, amber, green, or not applicable. */
export type RagStatus =
  | 'RED'
  | 'AMBER'
  | 'GREEN'
  | 'NOT_APPLICABLE';

/** Writes. Each job section below extends Mutation with its own. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Records the terms of reference of a board that has none in force. One transaction; cites 'entered by user'. Answers with the board's terms as they stand today (or on adoption, when later). */
  recordTermsOfReference: BoardTermsOfReference;
  /** Revises terms of reference: the version revised ends (validTo) and the new one REPLACES it, with the version number one higher. expectedVersion, when given, must be the current version (GOV_CONFLICT otherwise). */
  reviseTermsOfReference: BoardTermsOfReference;
  /** Opens a self-assessment round for a board; a board's rounds have distinct names. */
  openAssessmentRound: AssessmentRound;
  /** Records a partner's scores in a round: every principle once, 1 to 5. Re-recording replaces the partner's scores and keeps the earlier ones in history. Answers with the round. */
  recordAssessment: AssessmentRound;
  /** Invites partner organisations to answer an open round, each through its own link, valid until the end of expiresOn. A partner already invited gets a fresh link and its old one stops working. */
  invitePartners: Array<PartnerLink>;
  /** Issues a partner a fresh link (to send as a reminder); the one before stops working. Answers saved so far are kept. */
  renewPartnerLink: PartnerLink;
  /** Stops a partner's link and any page opened with it. */
  revokePartnerLink: PartnerInvitation;
  /** Closes a round: partners can no longer submit; drafts are kept. */
  closeAssessmentRound: AssessmentRound;
  /** Creates a node. Needs the editor role. GOV_DUPLICATE when the id is taken. */
  createEntity: Entity;
  /** Changes a node. GOV_CONFLICT when expectedVersion is not its current version. */
  updateEntity: Entity;
  /** Ends a node on validTo (it is kept, with its history). GOV_ALREADY_ENDED when it has ended. */
  endEntity: Entity;
  /** Draws a line the model allows between two nodes (GOV_RELATIONSHIP_NOT_ALLOWED otherwise). */
  createRelationship: Relationship;
  updateRelationship: Relationship;
  /** Ends a line on validTo; it is kept, with its history. */
  endRelationship: Relationship;
  /** Imports nodes and lines, all or nothing, through the seed loader's merge. A dry run (the default) writes nothing and lists every problem with its line and column. Needs the editor role. */
  importGraph: ImportReport;
  /** Issues an API token. Needs the admin role. */
  createApiToken: CreatedApiToken;
  /** Revokes an API token; it stays listed. Needs the admin role. */
  revokeApiToken: ApiToken;
  /** Settles a node marked last evidenced, in one transaction with its audit entry: it ENDED on a date, or it STILL_STANDS on a date, each citing a loaded source document. Needs the editor role. GOV_CONFLICT when expectedVersion is not its current version. */
  confirmLastEvidenced: Entity;
  /** Reads a document (text, or a file: PDF, .docx, plain text) and proposes the facts it states. Writes the draft only, no governance fact. */
  draftFromDocument: DocumentDraft;
  /** Accepts facts (optionally corrected), writing them all in one transaction, each citing the document, its page or section and the quote. */
  acceptDraftFacts: DocumentDraft;
  /** Rejects facts: they are remembered, and drafting the same document again does not propose them. */
  rejectDraftFacts: DocumentDraft;
  /** Accepts or rejects every proposed fact of one kind. */
  decideDraftKind: DocumentDraft;
  /** Records a board's review of its terms of reference, from the version the editor read (GOV_CONFLICT when someone recorded a review or revision since). REVISED needs the revision; the next review date becomes its reviewDue. */
  recordTermsReview: BoardTermsOfReference;
  /** Makes a secret subscription link to an area's calendar feed. Needs the editor role. */
  createCalendarSubscription: CreatedCalendarSubscription;
  /** Revokes a subscription link: the feed refuses it from then on; it stays listed. */
  revokeCalendarSubscription: CalendarSubscription;
  /** Records an action on a finding. Needs the editor role. */
  createAction: Action;
  /** Changes an action. GOV_CONFLICT when expectedVersion is not its current version. */
  updateAction: Action;
  /** Marks an action done today, with an optional closing note. */
  closeAction: Action;
  /**
   * Starts a sync of a council's ModernGov site (editor role) and answers at once with its record;
   * poll modernGovSync(id) for progress and the report. Without areaId, the sync creates or reuses an
   * area named after the site. A dry run (the default) writes no facts.
   */
  importFromModernGov: ModernGovSync;
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationRecordTermsOfReferenceArgs = {
  boardId: Scalars['ID']['input'];
  input: TermsOfReferenceInput;
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationReviseTermsOfReferenceArgs = {
  id: Scalars['ID']['input'];
  input: TermsOfReferenceInput;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationOpenAssessmentRoundArgs = {
  boardId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  openedOn: Scalars['Date']['input'];
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationRecordAssessmentArgs = {
  roundId: Scalars['ID']['input'];
  partnerId: Scalars['ID']['input'];
  scores: Array<PrincipleScoreInput>;
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationInvitePartnersArgs = {
  roundId: Scalars['ID']['input'];
  partnerIds: Array<Scalars['ID']['input']>;
  expiresOn: Scalars['Date']['input'];
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationRenewPartnerLinkArgs = {
  invitationId: Scalars['ID']['input'];
  expiresOn: Scalars['Date']['input'];
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationRevokePartnerLinkArgs = {
  invitationId: Scalars['ID']['input'];
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationCloseAssessmentRoundArgs = {
  roundId: Scalars['ID']['input'];
  closedOn: Scalars['Date']['input'];
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationCreateEntityArgs = {
  input: CreateEntityInput;
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationUpdateEntityArgs = {
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  input: UpdateEntityInput;
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationEndEntityArgs = {
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  validTo: Scalars['Date']['input'];
  source?: InputMaybe<SourceInput>;
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationCreateRelationshipArgs = {
  input: CreateRelationshipInput;
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationUpdateRelationshipArgs = {
  key: RelationshipKeyInput;
  expectedVersion: Scalars['Int']['input'];
  input: UpdateRelationshipInput;
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationEndRelationshipArgs = {
  key: RelationshipKeyInput;
  expectedVersion: Scalars['Int']['input'];
  validTo: Scalars['Date']['input'];
  source?: InputMaybe<SourceInput>;
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationImportGraphArgs = {
  format: ImportFormat;
  content: Scalars['String']['input'];
  lines?: InputMaybe<Scalars['String']['input']>;
  document?: InputMaybe<ImportDocumentInput>;
  dryRun?: Scalars['Boolean']['input'];
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationCreateApiTokenArgs = {
  name: Scalars['String']['input'];
  role: AccessRole;
  areas?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationConfirmLastEvidencedArgs = {
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  outcome: LastEvidencedOutcome;
  on: Scalars['Date']['input'];
  source: SourceInput;
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationDraftFromDocumentArgs = {
  text?: InputMaybe<Scalars['String']['input']>;
  file?: InputMaybe<Scalars['File']['input']>;
  title: Scalars['String']['input'];
  date?: InputMaybe<Scalars['Date']['input']>;
  areaId?: InputMaybe<Scalars['ID']['input']>;
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationAcceptDraftFactsArgs = {
  draftId: Scalars['ID']['input'];
  decisions: Array<DraftFactDecision>;
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationRejectDraftFactsArgs = {
  draftId: Scalars['ID']['input'];
  factIds: Array<Scalars['ID']['input']>;
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationDecideDraftKindArgs = {
  draftId: Scalars['ID']['input'];
  kind: Scalars['String']['input'];
  accept: Scalars['Boolean']['input'];
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationRecordTermsReviewArgs = {
  termsId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  outcome: TermsReviewOutcome;
  reviewedOn?: InputMaybe<Scalars['Date']['input']>;
  nextReviewDue: Scalars['Date']['input'];
  revision?: InputMaybe<TermsOfReferenceInput>;
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationCreateCalendarSubscriptionArgs = {
  areaId: Scalars['ID']['input'];
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationRevokeCalendarSubscriptionArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationCreateActionArgs = {
  input: CreateActionInput;
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationUpdateActionArgs = {
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  input: UpdateActionInput;
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationCloseActionArgs = {
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
};


/** Writes. Each job section below extends Mutation with its own. */
export type MutationImportFromModernGovArgs = {
  baseUrl: Scalars['String']['input'];
  areaId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A person, post or body named as the lead of a strategy. */
export type StrategyLead = {
  __typename?: 'StrategyLead';
  entity: Entity;
  /** Posts the lead holds (HOLDS_ROLE). */
  roles: Array<Entity>;
  /** Organisations the lead acts for (REPRESENTS), as 004's '(SBC)' after a name. */
  organisations: Array<Entity>;
  /** Where the document names the lead. */
  sources: Array<Source>;
};

/** One step of a route: the line from the previous entity (the strategy, for the first step) to the entity it reaches. */
export type OversightStep = {
  __typename?: 'OversightStep';
  fromId: Scalars['ID']['output'];
  /** GOVERNED_THROUGH, OVERSEEN_BY, or LEADS (the strategy's lead body) for the first step; ACCOUNTABLE_TO, REPORTS_TO, SITS_WITHIN, OVERSEEN_BY or PART_OF above it; APPROVES, ENDORSES or CONSIDERS in approvals. */
  relationship: Scalars['String']['output'];
  entity: Entity;
  /** Who chairs the entity (a person or a post), when recorded. */
  chairs: Array<Entity>;
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  ambiguity?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  /** The statute, when the step is a line that holds by statute. */
  statute?: Maybe<Scalars['String']['output']>;
};

/** Why a route ends. */
export type OversightPathEnd =
  /** At a body with no upward line. */
  | 'TOP'
  /** At a body already on the route; the cycle is reported as a gap. */
  | 'CYCLE'
  /** At the length bound (15 upward steps). */
  | 'DEPTH_LIMIT'
  /** At a council, an NHS body, a police force or a statutory safeguarding body: where a chain may end; not a gap. */
  | 'STATUTORY_BODY';

/** One accountability route from the strategy upward. */
export type OversightPath = {
  __typename?: 'OversightPath';
  steps: Array<OversightStep>;
  end: OversightPathEnd;
  /** Where and why the route ends, in words. */
  note: Scalars['String']['output'];
};

export type OversightChain = {
  __typename?: 'OversightChain';
  strategy: Strategy;
  asOf?: Maybe<Scalars['Date']['output']>;
  leads: Array<StrategyLead>;
  /** Bodies that approve, endorse or consider the strategy: its approval route, not a line of accountability. */
  approvals: Array<OversightStep>;
  paths: Array<OversightPath>;
  /** The bodies the routes end at, each once. */
  tops: Array<Entity>;
  gaps: Array<OversightGap>;
  /** True when there were more routes than the answer holds (200). */
  truncated: Scalars['Boolean']['output'];
};

export type OversightGapKind =
  | 'NOT_IN_FORCE'
  | 'NO_LEAD'
  | 'NO_GOVERNANCE_ROUTE'
  | 'NO_OVERSIGHT_BODY'
  | 'NO_UPWARD_LINE'
  | 'CYCLE'
  | 'DEPTH_LIMIT'
  | 'OVERLOADED_PERSON'
  | 'SINGLE_POINT_OF_FAILURE';

/** A missing or weak link, as data: what it is in words, whom it concerns and the documents that show it. */
export type OversightGap = {
  __typename?: 'OversightGap';
  kind: OversightGapKind;
  message: Scalars['String']['output'];
  /** The strategy, body or person the gap is about. */
  entity?: Maybe<Entity>;
  /** Others involved: the bodies of a cycle, the strategies a person leads or a single point of failure carries. */
  related: Array<Entity>;
  evidence: Array<Source>;
};

/** Nodes and lines for a diagram. */
export type GraphView = {
  __typename?: 'GraphView';
  nodes: Array<Entity>;
  edges: Array<GraphEdge>;
  asOf?: Maybe<Scalars['Date']['output']>;
  /** True when the view was cut at its node limit (500). */
  truncated: Scalars['Boolean']['output'];
};

/** A body in force at both dates whose lines changed between them. */
export type StructureChange = {
  __typename?: 'StructureChange';
  entity: Entity;
  linesAdded: Array<GraphEdge>;
  linesEnded: Array<GraphEdge>;
};

/** A fact in force at the later date that no document after the one named restates (documents rarely say when a body ends). */
export type NotRestatedFact = {
  __typename?: 'NotRestatedFact';
  /** The body, when the fact is a node. */
  entity?: Maybe<Entity>;
  /** The line, when the fact is a relationship. */
  edge?: Maybe<GraphEdge>;
  lastStatedIn: Document;
  newestDocument: Document;
  message: Scalars['String']['output'];
};

export type StructureDiff = {
  __typename?: 'StructureDiff';
  area: Area;
  from: Scalars['Date']['output'];
  to: Scalars['Date']['output'];
  /** Boards, organisations, strategies and posts in force at to but not at from. */
  bodiesAdded: Array<Entity>;
  bodiesEnded: Array<Entity>;
  /** Governance lines in force at to but not at from (a line ends with either of its ends). */
  linesAdded: Array<GraphEdge>;
  linesEnded: Array<GraphEdge>;
  changed: Array<StructureChange>;
  /** REPLACES lines whose replacement began, or whose replaced body ended, between the dates. */
  replacements: Array<GraphEdge>;
  notRestated: Array<NotRestatedFact>;
  /** Every entity the lines name, so that a client can label them. */
  entities: Array<Entity>;
};

export type AccountabilityGaps = {
  __typename?: 'AccountabilityGaps';
  /** The area asked about; null for all areas. */
  area?: Maybe<Area>;
  asOf?: Maybe<Scalars['Date']['output']>;
  strategiesWithoutLead: Array<OversightGap>;
  strategiesWithoutGovernanceRoute: Array<OversightGap>;
  strategiesWithoutOversight: Array<OversightGap>;
  bodiesWithoutUpwardLine: Array<OversightGap>;
  cycles: Array<OversightGap>;
  overloadedPeople: Array<OversightGap>;
  singlePointsOfFailure: Array<OversightGap>;
};

/** Where a board's terms of reference stand on the date of the review. */
export type TermsOfReferenceStatus =
  /** In force, and the review date is further away than the window (dueWithinDays). */
  | 'CURRENT'
  /** The review date falls today or within the window. */
  | 'DUE_SOON'
  /** The review date has passed, or the terms record neither a review date nor an adoption date, so nothing shows they are current. */
  | 'OVERDUE'
  /** No terms of reference in force on the date. */
  | 'MISSING';

/** How the review date of a board's terms was found. */
export type ReviewDueBasis =
  /** The terms state a review date. */
  | 'STATED'
  /** No review date is stated: one year after adoption, a common council convention. */
  | 'ADOPTED_PLUS_ONE_YEAR'
  /** Neither a review date nor an adoption date is recorded. */
  | 'UNKNOWN';

/** What the terms of reference say and the graph does not show. */
export type TermsOfReferenceDiscrepancyKind =
  /** The terms say the board is accountable to a body, and the graph has no ACCOUNTABLE_TO line from the board to it. */
  | 'ACCOUNTABILITY_LINE_MISSING'
  /** A member the terms require is not a member of the board in the graph, neither directly nor through the organisation or post they belong to. */
  | 'REQUIRED_MEMBER_MISSING'
  /** The chair the terms name does not chair the board in the graph, neither directly nor through a post they hold. */
  | 'CHAIR_MISMATCH'
  /** The terms name an id that no entity in the graph has on the date. */
  | 'UNKNOWN_REFERENCE';

/** A chair, required member or body of accountability named by the terms, checked against the graph on the date. */
export type TermsOfReferenceParty = {
  __typename?: 'TermsOfReferenceParty';
  /** The id as the terms state it. */
  id: Scalars['ID']['output'];
  /** The entity with that id, in force on the date; null when there is none. */
  entity?: Maybe<Entity>;
  /** True when the graph holds the line the terms imply (CHAIRS, MEMBER_OF or ACCOUNTABLE_TO). */
  inGraph: Scalars['Boolean']['output'];
  /** The relationships that show it; when inGraph is false, any weaker lines that do link the two (SITS_WITHIN, REPORTS_TO ...). */
  evidence: Array<GraphEdge>;
};

/** One disagreement between a board's terms of reference and the graph. */
export type TermsOfReferenceDiscrepancy = {
  __typename?: 'TermsOfReferenceDiscrepancy';
  kind: TermsOfReferenceDiscrepancyKind;
  /** One line for a board paper: what the terms say and what the graph lacks. */
  message: Scalars['String']['output'];
  /** The relationship the terms imply: ACCOUNTABLE_TO, MEMBER_OF or CHAIRS. */
  expectedRelationship: Scalars['String']['output'];
  party: TermsOfReferenceParty;
};

/** One board's terms of reference on a date: their status, and where they disagree with the graph. */
export type BoardTermsOfReference = {
  __typename?: 'BoardTermsOfReference';
  board: Board;
  /** The date the status is worked out for. */
  asOf: Scalars['Date']['output'];
  /** The terms in force on the date; null when MISSING. */
  termsOfReference?: Maybe<TermsOfReference>;
  status: TermsOfReferenceStatus;
  /** One line saying why, for a board paper. */
  reason: Scalars['String']['output'];
  /** The review date used: as stated, or adoption plus one year; null when neither date is known. */
  reviewDue?: Maybe<Scalars['Date']['output']>;
  /** Null when there are no terms. */
  reviewDueBasis?: Maybe<ReviewDueBasis>;
  /** Days from asOf to the review date; negative when overdue; null when the review date is unknown. */
  daysUntilReview?: Maybe<Scalars['Int']['output']>;
  chair?: Maybe<TermsOfReferenceParty>;
  requiredMembers: Array<TermsOfReferenceParty>;
  accountableTo: Array<TermsOfReferenceParty>;
  discrepancies: Array<TermsOfReferenceDiscrepancy>;
  /** Versions the current terms replaced, newest first: revision never destroys history. */
  previousVersions: Array<TermsOfReference>;
  /** When the terms in force were last adopted or reviewed (reviewed without change counts); null when there are none. */
  lastReviewedOn?: Maybe<Scalars['Date']['output']>;
  /** How many of the board's open actions are past their due date on asOf. */
  overdueActions?: Maybe<Scalars['Int']['output']>;
};

/** How many boards are in each status. */
export type TermsOfReferenceSummary = {
  __typename?: 'TermsOfReferenceSummary';
  total: Scalars['Int']['output'];
  current: Scalars['Int']['output'];
  dueSoon: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  missing: Scalars['Int']['output'];
  /** Of the overdue: terms with neither a review date nor an adoption date. */
  undated: Scalars['Int']['output'];
  /** Boards whose terms disagree with the graph at least once. */
  withDiscrepancies: Scalars['Int']['output'];
};

/** The terms-of-reference review of every board in force on a date. */
export type TermsOfReferenceReview = {
  __typename?: 'TermsOfReferenceReview';
  asOf: Scalars['Date']['output'];
  dueWithinDays: Scalars['Int']['output'];
  /** The area filter as given (an area id or name), or null for all areas. */
  area?: Maybe<Scalars['String']['output']>;
  summary: TermsOfReferenceSummary;
  /** Most urgent first: OVERDUE, MISSING, DUE_SOON, CURRENT; then by review date and name. */
  boards: Array<BoardTermsOfReference>;
};

/**
 * Terms of reference as entered by a user. In reviseTermsOfReference a field left out keeps
 * its value from the version being revised, and a field set to null clears it.
 */
export type TermsOfReferenceInput = {
  purpose?: InputMaybe<Scalars['String']['input']>;
  /** A Person or Role. */
  chairId?: InputMaybe<Scalars['ID']['input']>;
  /** Organisations, Roles, People or Boards; each once. */
  requiredMemberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  membershipText?: InputMaybe<Scalars['String']['input']>;
  /** At least 1. */
  quorum?: InputMaybe<Scalars['Int']['input']>;
  meetingFrequency?: InputMaybe<Scalars['String']['input']>;
  /** Boards or Organisations; each once. */
  accountableToIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The version is in force from this date (from the day it is entered when omitted). */
  adoptedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Not before adoptedOn. */
  reviewDue?: InputMaybe<Scalars['Date']['input']>;
  statusNote?: InputMaybe<Scalars['String']['input']>;
};

/** A rule of the partnership health check (docs/health-check-rules.md). */
export type HealthCheckRule = {
  __typename?: 'HealthCheckRule';
  /** Stable id, e.g. has-chair. */
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  /** What the rule checks, in one sentence. */
  description: Scalars['String']['output'];
  /** Board kinds the rule applies to; empty when it applies to every board. */
  appliesTo: Array<Scalars['String']['output']>;
};

/** One piece of evidence behind a rule's status: an entity, a relationship, or a thing found missing. */
export type HealthCheckEvidence = {
  __typename?: 'HealthCheckEvidence';
  /** One line: what this shows. */
  note: Scalars['String']['output'];
  /** The entity concerned (a chair, a member, a strategy, the terms of reference); null for something missing. */
  entity?: Maybe<Entity>;
  /** The relationship that shows it, with its sources; null when none does. */
  edge?: Maybe<GraphEdge>;
};

/** A rule evaluated on the graph for one board. */
export type HealthCheckRuleResult = {
  __typename?: 'HealthCheckRuleResult';
  rule: HealthCheckRule;
  status: RagStatus;
  /** One line saying why, for a board paper. */
  reason: Scalars['String']['output'];
  evidence: Array<HealthCheckEvidence>;
};

/** How many rules came out in each status. */
export type RagCounts = {
  __typename?: 'RagCounts';
  red: Scalars['Int']['output'];
  amber: Scalars['Int']['output'];
  green: Scalars['Int']['output'];
  notApplicable: Scalars['Int']['output'];
};

/** Is this partnership fit for purpose? Rules on the graph beside the partners' own view. */
export type HealthCheckReport = {
  __typename?: 'HealthCheckReport';
  board: Board;
  /** The date the rules were evaluated for (today when not given). */
  asOf: Scalars['Date']['output'];
  /** RED when any rule is red, else AMBER when any is amber, else GREEN (NOT_APPLICABLE only when no rule applies). */
  overall: RagStatus;
  /** One line: the overall status and the rules behind it. */
  overallReason: Scalars['String']['output'];
  counts: RagCounts;
  /** In the order of docs/health-check-rules.md. */
  rules: Array<HealthCheckRuleResult>;
  /** Health checks the graph records for this board (001 3.18: the Partnership's June 2016 health check), newest first. */
  recordedHealthChecks: Array<HealthCheck>;
  /** The latest self-assessment round opened on or before asOf, with the change in mean per principle from the round before; null when none. */
  selfAssessment?: Maybe<AssessmentRound>;
  /** Every action of the board, by due date. */
  actions?: Maybe<Array<Action>>;
  /** Open actions past their due date on asOf. */
  overdueActions?: Maybe<Array<Action>>;
};

/** The six principles of the Partnership Assessment Tool (Hardy, Hudson and Waddington, Nuffield Institute for Health, 2003), in the tool's order. */
export type PartnershipPrinciple =
  /** 1. Recognise and accept the need for partnership. */
  | 'RECOGNISE_NEED'
  /** 2. Develop clarity and realism of purpose. */
  | 'CLARITY_OF_PURPOSE'
  /** 3. Ensure commitment and ownership. */
  | 'COMMITMENT_AND_OWNERSHIP'
  /** 4. Develop and maintain trust. */
  | 'TRUST'
  /** 5. Create clear and robust partnership arrangements. */
  | 'ROBUST_ARRANGEMENTS'
  /** 6. Monitor, measure and learn. */
  | 'MONITOR_MEASURE_LEARN';

/** A partner's score for one principle: 1 (strongly disagree that the principle is met) to 5 (strongly agree). */
export type PrincipleScoreInput = {
  principle: PartnershipPrinciple;
  /** 1 to 5. */
  score: Scalars['Int']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
};

/** One partner's score and comment for one principle. */
export type PrincipleScore = {
  __typename?: 'PrincipleScore';
  principle: PartnershipPrinciple;
  /** 1 to 5: the partner's score, or the mean of their statement scores to two decimals. */
  score: Scalars['Float']['output'];
  comment?: Maybe<Scalars['String']['output']>;
};

/** A partner's scores in one round. Re-recording replaces them and keeps this version in history. */
export type AssessmentResponse = {
  __typename?: 'AssessmentResponse';
  id: Scalars['ID']['output'];
  partner: Organisation;
  /** Whether the partner is a member of the board (MEMBER_OF) today. */
  partnerIsMember: Scalars['Boolean']['output'];
  /** 1 for the first response of this partner in the round; each re-recording adds one. */
  version: Scalars['Int']['output'];
  /** When it was recorded (ISO date-time, UTC). */
  recordedAt: Scalars['String']['output'];
  /** Six scores, in the tool's order. */
  scores: Array<PrincipleScore>;
  /** Earlier responses of this partner in this round, newest first. */
  history: Array<AssessmentResponse>;
};

/** One partner's score for a principle, with who gave it. */
export type PartnerScore = {
  __typename?: 'PartnerScore';
  partner: Organisation;
  /** 1 to 5; the mean of the partner's statement scores where they answered statements. */
  score: Scalars['Float']['output'];
  comment?: Maybe<Scalars['String']['output']>;
};

/** The partners' scores for one principle in one round: where they agree and where they do not. */
export type PrincipleResult = {
  __typename?: 'PrincipleResult';
  principle: PartnershipPrinciple;
  /** 1 to 6. */
  number: Scalars['Int']['output'];
  /** The principle's wording in the tool. */
  title: Scalars['String']['output'];
  /** How many partners scored it. */
  responses: Scalars['Int']['output'];
  /** Mean score, to two decimals; null when nobody has scored. */
  mean?: Maybe<Scalars['Float']['output']>;
  min?: Maybe<Scalars['Float']['output']>;
  max?: Maybe<Scalars['Float']['output']>;
  /** max - min. */
  spread?: Maybe<Scalars['Float']['output']>;
  /** Population standard deviation, to two decimals. */
  standardDeviation?: Maybe<Scalars['Float']['output']>;
  /** Partners who gave the lowest score. */
  lowestPartners: Array<Organisation>;
  /** Partners who gave the highest score. */
  highestPartners: Array<Organisation>;
  /** True when the spread is at least AssessmentRound.disagreementSpread: partners see this principle differently. */
  disagreement: Scalars['Boolean']['output'];
  /** Every partner's score and comment, lowest first. */
  scores: Array<PartnerScore>;
  /** The mean in the previous round of the same board; null when there is none. */
  previousMean?: Maybe<Scalars['Float']['output']>;
  /** mean - previousMean, to two decimals; null when either is missing. */
  meanChange?: Maybe<Scalars['Float']['output']>;
};

/** A round of the partners' self-assessment of one board against the six principles. */
export type AssessmentRound = {
  __typename?: 'AssessmentRound';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  openedOn: Scalars['Date']['output'];
  board: Board;
  /** Spread (max - min) at or above which a principle is flagged as a disagreement. */
  disagreementSpread: Scalars['Int']['output'];
  /** Current responses, one per partner, by partner name. */
  responses: Array<AssessmentResponse>;
  /** The six principles in the tool's order. */
  principles: Array<PrincipleResult>;
  /** Principles flagged as disagreements. */
  disagreements: Array<PartnershipPrinciple>;
  /** The round before this one for the same board (by openedOn), which meanChange compares with; null for the first. */
  previousRoundId?: Maybe<Scalars['ID']['output']>;
  previousRoundName?: Maybe<Scalars['String']['output']>;
  /** When the round was closed; null while partners may still answer. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** The partners invited to answer through their own links, by partner name. */
  invitations: Array<PartnerInvitation>;
};

/** A statement a partner scores 1 to 5 under one principle; a principle's score is the mean of its statements. */
export type AssessmentStatement = {
  __typename?: 'AssessmentStatement';
  /** <principle number>.<statement number>, e.g. 2.3. */
  id: Scalars['ID']['output'];
  principle: PartnershipPrinciple;
  /** 1, 2, 3 within the principle. */
  number: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

/** Where a partner's invitation stands. */
export type PartnerInvitationStatus =
  /** The link has not been opened. */
  | 'INVITED'
  /** The link was opened; nothing saved yet. */
  | 'OPENED'
  /** Answers saved as a draft, not submitted. */
  | 'DRAFT_SAVED'
  /** Answers submitted (a later submission is a new version). */
  | 'SUBMITTED'
  /** The editor revoked the link. */
  | 'REVOKED'
  /** The link expired unopened. */
  | 'EXPIRED';

/** A partner organisation asked to answer a round through a personal link. The link itself is shown once, when issued. */
export type PartnerInvitation = {
  __typename?: 'PartnerInvitation';
  id: Scalars['ID']['output'];
  partner: Organisation;
  status: PartnerInvitationStatus;
  /** When the current link stops working (ISO date-time, UTC). */
  expiresAt: Scalars['String']['output'];
  /** When the current link was issued (ISO date-time, UTC). */
  issuedAt: Scalars['String']['output'];
  /** Links issued so far: 1, then one more for each reminder link. */
  linksIssued: Scalars['Int']['output'];
  openedAt?: Maybe<Scalars['String']['output']>;
  draftSavedAt?: Maybe<Scalars['String']['output']>;
  submittedAt?: Maybe<Scalars['String']['output']>;
  /** Submissions so far; each later one is a new version, the earlier kept. */
  submissions: Scalars['Int']['output'];
};

/** A partner's personal link, as issued: the only time the service shows it (it keeps only a hash). */
export type PartnerLink = {
  __typename?: 'PartnerLink';
  invitation: PartnerInvitation;
  /** Path and fragment to append to the service's address, e.g. /partner.html#link=…; the fragment never reaches a server log. */
  linkPath: Scalars['String']['output'];
};

/** Who may do what: a VIEWER reads, an EDITOR also changes the graph and imports, an ADMIN also manages API tokens. */
export type AccessRole =
  | 'VIEWER'
  | 'EDITOR'
  | 'ADMIN';

/** A citation for an edit: a source document already loaded (its file name) and the section that states the fact. */
export type SourceInput = {
  document: Scalars['String']['input'];
  section: Scalars['String']['input'];
};

/** One extra property of a node or line (meetingFrequency, reviewDue ...). Give one value; give none to remove the property (updates only). Names ending in Date or On, and date, periodStart, periodEnd, reviewDue, take a date. */
export type PropInput = {
  name: Scalars['String']['input'];
  text?: InputMaybe<Scalars['String']['input']>;
  number?: InputMaybe<Scalars['Float']['input']>;
  flag?: InputMaybe<Scalars['Boolean']['input']>;
  date?: InputMaybe<Scalars['Date']['input']>;
};

/** An extra property as stored: exactly one of the values is set. */
export type Prop = {
  __typename?: 'Prop';
  name: Scalars['String']['output'];
  text?: Maybe<Scalars['String']['output']>;
  number?: Maybe<Scalars['Float']['output']>;
  flag?: Maybe<Scalars['Boolean']['output']>;
  date?: Maybe<Scalars['Date']['output']>;
};

export type CreateEntityInput = {
  /** Kebab-case, starting with the label's prefix: board-, org-, person-, role-, strategy-, priority-, outcome-, objective-, focus-, tor-, healthcheck-, area-. */
  id: Scalars['ID']['input'];
  /** A node label of the model: Board, Organisation, Person, Strategy ... */
  label: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** One of the kinds the label allows (none for Person, Outcome, AreaOfFocus, TermsOfReference, HealthCheck). */
  kind?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The Area the node belongs to; an IN_AREA line is drawn to it. For several, areaIds. */
  areaId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  ambiguity?: InputMaybe<Scalars['String']['input']>;
  dateNote?: InputMaybe<Scalars['String']['input']>;
  validFrom: Scalars['Date']['input'];
  validTo?: InputMaybe<Scalars['Date']['input']>;
  /** At least one citation. */
  sources: Array<SourceInput>;
  props?: InputMaybe<Array<PropInput>>;
  /** Every Area the node is in; an IN_AREA line is drawn to each. With areaId, areaId comes first. */
  areaIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Only the fields given change; a field given as null is cleared. props change one by one. */
export type UpdateEntityInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Moving a node ends its current IN_AREA line today and draws (or reopens) the one to the new area. */
  areaId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  ambiguity?: InputMaybe<Scalars['String']['input']>;
  dateNote?: InputMaybe<Scalars['String']['input']>;
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** null reopens an ended node. */
  validTo?: InputMaybe<Scalars['Date']['input']>;
  /** Replaces the citations. */
  sources?: InputMaybe<Array<SourceInput>>;
  props?: InputMaybe<Array<PropInput>>;
  /** Areas to add: an IN_AREA line is drawn (or reopened) to each; the others stay. */
  addAreas?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Areas to remove: their IN_AREA lines end today; the others stay. (areaId instead replaces the whole set with one area.) */
  removeAreas?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A relationship is named by its type and its two ends; there is at most one of each. */
export type RelationshipKeyInput = {
  type: Scalars['String']['input'];
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
};

export type CreateRelationshipInput = {
  /** A relationship type of the model, e.g. ACCOUNTABLE_TO; lines point upward (from the subject to the body above it). */
  type: Scalars['String']['input'];
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  validFrom: Scalars['Date']['input'];
  validTo?: InputMaybe<Scalars['Date']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  ambiguity?: InputMaybe<Scalars['String']['input']>;
  dateNote?: InputMaybe<Scalars['String']['input']>;
  sources: Array<SourceInput>;
  props?: InputMaybe<Array<PropInput>>;
};

/** Only the fields given change; a field given as null is cleared. */
export type UpdateRelationshipInput = {
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validTo?: InputMaybe<Scalars['Date']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  ambiguity?: InputMaybe<Scalars['String']['input']>;
  dateNote?: InputMaybe<Scalars['String']['input']>;
  sources?: InputMaybe<Array<SourceInput>>;
  props?: InputMaybe<Array<PropInput>>;
};

/** A relationship with everything an editor needs to change it. */
export type Relationship = {
  __typename?: 'Relationship';
  /** type:from->to, as GraphEdge.id. */
  key: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  from: Scalars['ID']['output'];
  to: Scalars['ID']['output'];
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  ambiguity?: Maybe<Scalars['String']['output']>;
  dateNote?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  props: Array<Prop>;
  version: Scalars['Int']['output'];
};

/** One change in the audit log. before and after are the stored values as JSON (null before a creation). */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  id: Scalars['ID']['output'];
  /** When, as an ISO date-time. */
  at: Scalars['String']['output'];
  /** Who: the user's name from their JWT, or the API token's name. */
  actor: Scalars['String']['output'];
  /** createEntity, updateEntity, endEntity, createRelationship, updateRelationship, endRelationship, importGraph, createApiToken, revokeApiToken. */
  action: Scalars['String']['output'];
  entityId?: Maybe<Scalars['ID']['output']>;
  relationshipKey?: Maybe<Scalars['ID']['output']>;
  before?: Maybe<Scalars['String']['output']>;
  after?: Maybe<Scalars['String']['output']>;
};

/** An API token as listed: never the token itself, which is shown once, when it is created. */
export type ApiToken = {
  __typename?: 'ApiToken';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: AccessRole;
  /** The areas the role is limited to (with their sub-areas); null: every area. */
  areas?: Maybe<Array<Scalars['ID']['output']>>;
  createdBy: Scalars['String']['output'];
  createdAt: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['String']['output']>;
  revokedBy?: Maybe<Scalars['String']['output']>;
};

export type CreatedApiToken = {
  __typename?: 'CreatedApiToken';
  /** Send as 'Authorization: Bearer <token>'. Shown only now: store it safely. */
  token: Scalars['String']['output'];
  apiToken: ApiToken;
};

/** The caller, as the service sees them. */
export type CurrentUser = {
  __typename?: 'CurrentUser';
  name: Scalars['String']['output'];
  role: AccessRole;
  /** token, jwt or session. */
  via: Scalars['String']['output'];
  /** The areas the role is limited to (with their sub-areas); null: every area. */
  areas?: Maybe<Array<Scalars['ID']['output']>>;
};

export type ImportFormat =
  /** One seed file (the shape of seeds/*.yaml, as JSON) or a list of them, as exportGraph writes. */
  | 'JSON'
  /** A CSV of bodies (id,label,name,kind,area,validFrom,validTo,aliases,section,...) in content, and optionally a CSV of lines (type,from,to,validFrom,validTo,section,...) in lines. */
  | 'CSV';

/** The source document that every row of a CSV import cites. */
export type ImportDocumentInput = {
  /** NNN_<16 hex>.txt, as in seed files. */
  file: Scalars['String']['input'];
  title: Scalars['String']['input'];
  date: Scalars['Date']['input'];
  dateNote?: InputMaybe<Scalars['String']['input']>;
};

/** A problem found in an import; line and column are 1-based, in the file named. */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  /** content or lines for CSV; for JSON, content. */
  file: Scalars['String']['output'];
  line?: Maybe<Scalars['Int']['output']>;
  column?: Maybe<Scalars['Int']['output']>;
  /** Where in the seed shape, as nodes[3].kind. */
  path: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type ImportReport = {
  __typename?: 'ImportReport';
  dryRun: Scalars['Boolean']['output'];
  /** True when the import was written (all of it, in one transaction). */
  committed: Scalars['Boolean']['output'];
  problems: Array<ImportProblem>;
  documents: Scalars['Int']['output'];
  nodes: Scalars['Int']['output'];
  relationships: Scalars['Int']['output'];
  /** Nodes and lines that did not exist before. */
  created: Scalars['Int']['output'];
  /** Nodes and lines whose stored values the import changes. */
  changed: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
};

export type ExportFormat =
  /** A list of seed files, one per source document, which importGraph(format: JSON) reads back unchanged. */
  | 'SEED_JSON'
  /** Popolo JSON: organizations, persons, posts, memberships, areas. */
  | 'POPOLO';

export type ExportResult = {
  __typename?: 'ExportResult';
  format: ExportFormat;
  /** The JSON text. */
  content: Scalars['String']['output'];
  nodes: Scalars['Int']['output'];
  relationships: Scalars['Int']['output'];
  /** Lines with one end outside the area, left out so that the export stands alone. */
  omittedRelationships: Scalars['Int']['output'];
  /** What could not be written in the format (a list-valued property, a fact citing no loaded document). */
  warnings: Array<Scalars['String']['output']>;
};

/** A strategy a board governs or oversees, with who leads it. */
export type BoardStrategy = {
  __typename?: 'BoardStrategy';
  strategy: Strategy;
  /** People, posts, organisations or bodies that lead the strategy (LEADS). */
  leads: Array<Entity>;
};

/** One board and what hangs from it, as a committee-management page shows it. */
export type BoardDetail = {
  __typename?: 'BoardDetail';
  board: Board;
  /** Who chairs the board: people, or posts where the document names the post. */
  chairs: Array<Entity>;
  /** People, organisations and bodies that are members (MEMBER_OF), by name. */
  members: Array<Entity>;
  /** Strategies whose governance route runs through the board (GOVERNED_THROUGH), by name. */
  governs: Array<BoardStrategy>;
  /** Strategies the board has the oversight role for (OVERSEEN_BY), by name. */
  oversees: Array<BoardStrategy>;
};

/** The latest date on which a source shows a fact, set when a newer description of the fact's area (or a newer sync) no longer shows it: the fact may have ended, and nothing ended it silently. */
export type LastEvidenced = {
  __typename?: 'LastEvidenced';
  on: Scalars['Date']['output'];
  /** The citation: document and section (or the sync's operation and id). */
  source: Scalars['String']['output'];
};

/** What an editor found about a fact marked last evidenced. */
export type LastEvidencedOutcome =
  /** It ended on the date given: the node ends then (validTo), citing the source. */
  | 'ENDED'
  /** It still stood on the date given: the source is added to its citations (dated then) and the mark is cleared. */
  | 'STILL_STANDS';

/** The signed-in user as the browser shows them: the controls it offers follow the role. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Stable identity; the browser keys its local drafts by it. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: AccessRole;
  /** The areas the role is limited to; empty when it is not limited. */
  areaIds: Array<Scalars['ID']['output']>;
};

/** A node label of the model and the kinds it allows (none for Person, Outcome ...). */
export type ModelLabel = {
  __typename?: 'ModelLabel';
  label: Scalars['String']['output'];
  kinds: Array<Scalars['String']['output']>;
};

export type DraftFactStatus =
  | 'PROPOSED'
  | 'ACCEPTED'
  | 'REJECTED';

/** A name in a proposed fact, and the entity of the graph it was matched to (none: a new entity would be made). */
export type DraftName = {
  __typename?: 'DraftName';
  text: Scalars['String']['output'];
  /** The label a new entity would take: Board, Organisation, Person, Strategy. */
  label: Scalars['String']['output'];
  matchId?: Maybe<Scalars['ID']['output']>;
  matchName?: Maybe<Scalars['String']['output']>;
  /** 1 for the same name or alias; lower for a looser match. */
  matchScore?: Maybe<Scalars['Float']['output']>;
};

/** One fact the document states, as proposed and as decided. */
export type DraftFact = {
  __typename?: 'DraftFact';
  id: Scalars['ID']['output'];
  /** ACCOUNTABLE_TO, REPORTS_TO, PART_OF, CHAIRS, VICE_CHAIRS, MEMBER_OF, REPLACES, LEADS, GOVERNED_THROUGH, OVERSEEN_BY, ESTABLISHED, REVIEW, QUORUM, MEETING_FREQUENCY. */
  kind: Scalars['String']['output'];
  subject: DraftName;
  object?: Maybe<DraftName>;
  /** For ESTABLISHED, REVIEW, QUORUM and MEETING_FREQUENCY. */
  value?: Maybe<Scalars['String']['output']>;
  /** The words the fact rests on, and where they stand in the document's text. */
  quote: Scalars['String']['output'];
  start: Scalars['Int']['output'];
  end: Scalars['Int']['output'];
  page: Scalars['Int']['output'];
  section?: Maybe<Scalars['String']['output']>;
  confidence: Scalars['Float']['output'];
  /** The rule that read it, e.g. '"accountable to"', 'table: lead column'. */
  rule: Scalars['String']['output'];
  status: DraftFactStatus;
  decidedBy?: Maybe<Scalars['String']['output']>;
  decidedAt?: Maybe<Scalars['String']['output']>;
  /** What an accepted fact wrote: a line's id (type:from->to) or a node's id and property. */
  written?: Maybe<Scalars['String']['output']>;
  /** The editor's corrections when accepting, as JSON ({"value": "every six weeks"}); null when accepted as proposed. */
  edited?: Maybe<Scalars['String']['output']>;
};

/** A document being drafted into the graph: its text, the facts proposed, and who decided what. */
export type DocumentDraft = {
  __typename?: 'DocumentDraft';
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  date?: Maybe<Scalars['Date']['output']>;
  areaId?: Maybe<Scalars['ID']['output']>;
  /** pdf, docx or text. */
  format: Scalars['String']['output'];
  /** The file name its accepted facts cite as their source document. */
  documentFile: Scalars['String']['output'];
  /** The document's text, contact details masked, as the quotes' offsets count it. */
  text: Scalars['String']['output'];
  pageCount: Scalars['Int']['output'];
  createdBy: Scalars['String']['output'];
  createdAt: Scalars['String']['output'];
  /** Facts not proposed again because someone rejected them in an earlier draft of the same document. */
  skippedRejected: Scalars['Int']['output'];
  facts: Array<DraftFact>;
};


/** A document being drafted into the graph: its text, the facts proposed, and who decided what. */
export type DocumentDraftFactsArgs = {
  kind?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<DraftFactStatus>;
};

/** An accepted fact, optionally corrected: another name or value, or an existing entity's id. */
export type DraftFactDecision = {
  factId: Scalars['ID']['input'];
  subject?: InputMaybe<Scalars['String']['input']>;
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  object?: InputMaybe<Scalars['String']['input']>;
  objectId?: InputMaybe<Scalars['ID']['input']>;
  value?: InputMaybe<Scalars['String']['input']>;
};

/** Where an area's calendar feed of review dates is, and whether it needs a subscription link. */
export type CalendarFeedInfo = {
  __typename?: 'CalendarFeedInfo';
  areaId: Scalars['ID']['output'];
  /** The plain feed path, /calendar/terms-of-reference.ics?area=<id>. */
  path: Scalars['String']['output'];
  /** True when reads need sign-in (REQUIRE_AUTH_FOR_READ): calendar clients send no credentials, so an editor makes a subscription link with its own token. */
  needsSubscription: Scalars['Boolean']['output'];
};

/** A secret subscription link to one area's calendar feed, as listed: never the token, which is shown once. */
export type CalendarSubscription = {
  __typename?: 'CalendarSubscription';
  id: Scalars['ID']['output'];
  areaId: Scalars['ID']['output'];
  createdBy: Scalars['String']['output'];
  createdAt: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['String']['output']>;
  revokedBy?: Maybe<Scalars['String']['output']>;
};

export type CreatedCalendarSubscription = {
  __typename?: 'CreatedCalendarSubscription';
  /** Shown only now; only its hash is stored. */
  token: Scalars['String']['output'];
  /** The feed's path with the token: add it to the service's address and subscribe to it in Outlook or Google Calendar. */
  path: Scalars['String']['output'];
  subscription: CalendarSubscription;
};

/** The outcome of a terms-of-reference review. */
export type TermsReviewOutcome =
  /** The board reviewed its terms and kept them: the version in force records the review and the next date. */
  | 'UNCHANGED'
  /** The board changed its terms: a new version replaces the one in force. */
  | 'REVISED';

export type ActionStatus =
  | 'OPEN'
  | 'DONE';

/** What an action answers. */
export type FindingKind =
  /** A red or amber rule of the board's health check (ruleId). */
  | 'HEALTH_CHECK_RULE'
  /** A principle flagged as a disagreement in a self-assessment round (roundId, principle). */
  | 'PRINCIPLE';

/** An action a board takes on a finding: what, who owns it (a person in the graph), by when, open or done. Its changes are in history(entityId: <the action's id>). */
export type Action = {
  __typename?: 'Action';
  id: Scalars['ID']['output'];
  what: Scalars['String']['output'];
  board: Board;
  findingKind: FindingKind;
  /** The health-check rule answered (HEALTH_CHECK_RULE). */
  ruleId?: Maybe<Scalars['ID']['output']>;
  /** The round and principle answered (PRINCIPLE). */
  roundId?: Maybe<Scalars['ID']['output']>;
  principle?: Maybe<PartnershipPrinciple>;
  owner: Person;
  dueOn: Scalars['Date']['output'];
  status: ActionStatus;
  notes?: Maybe<Scalars['String']['output']>;
  /** Open and past dueOn on the date asked about (today by default). */
  overdue: Scalars['Boolean']['output'];
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** Send it back as expectedVersion. */
  version: Scalars['Int']['output'];
  createdAt: Scalars['String']['output'];
  createdBy?: Maybe<Scalars['String']['output']>;
};

export type CreateActionInput = {
  boardId: Scalars['ID']['input'];
  findingKind: FindingKind;
  ruleId?: InputMaybe<Scalars['ID']['input']>;
  roundId?: InputMaybe<Scalars['ID']['input']>;
  principle?: InputMaybe<PartnershipPrinciple>;
  what: Scalars['String']['input'];
  /** A Person in the graph. */
  ownerId: Scalars['ID']['input'];
  dueOn: Scalars['Date']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change. */
export type UpdateActionInput = {
  what?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ActionStatus>;
};

export type ModernGovSyncState =
  /** Recorded; the first request has not been made yet. */
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED'
  /** Stopped with an error; stoppedAt says where, and the next sync of the same site and area resumes after the committees done. */
  | 'FAILED';

/** One thing a sync added, ended or changed. */
export type ModernGovChange = {
  __typename?: 'ModernGovChange';
  /** NODE or LINE. */
  what: Scalars['String']['output'];
  /** A node's id, or a line's TYPE:from->to. */
  id: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** The citation: ModernGov operation or page and its id. */
  source?: Maybe<Scalars['String']['output']>;
};

/** A member who stopped appearing at the committee's meetings: flagged for a person to confirm, not ended. */
export type ModernGovNotSeen = {
  __typename?: 'ModernGovNotSeen';
  personId: Scalars['ID']['output'];
  personName: Scalars['String']['output'];
  boardId: Scalars['ID']['output'];
  boardName: Scalars['String']['output'];
  lastEvidencedOn: Scalars['Date']['output'];
  notSeenSince: Scalars['Date']['output'];
};

/** A person already in the graph from another source whose name matches one the sync brought in: for an editor to confirm; never merged. */
export type ModernGovMatch = {
  __typename?: 'ModernGovMatch';
  personId: Scalars['ID']['output'];
  personName: Scalars['String']['output'];
  candidateId: Scalars['ID']['output'];
  candidateName: Scalars['String']['output'];
};

/** The board kind the sync guessed from a committee's title and category, for a person to correct. */
export type ModernGovInferredKind = {
  __typename?: 'ModernGovInferredKind';
  boardId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

export type ModernGovSyncReport = {
  __typename?: 'ModernGovSyncReport';
  /** True when the sync found nothing to add, end or change (and wrote nothing). */
  noChanges: Scalars['Boolean']['output'];
  summary: Scalars['String']['output'];
  areaId: Scalars['ID']['output'];
  /** True when the sync created the area named after the site (or, in a dry run, would). */
  areaCreated: Scalars['Boolean']['output'];
  committees: Scalars['Int']['output'];
  /** Committees done by the failed sync this one resumed, and not read again. */
  committeesSkipped: Scalars['Int']['output'];
  meetingsRead: Scalars['Int']['output'];
  requests: Scalars['Int']['output'];
  /** Attendees who attended but are not members: officers, substitutes, observers. */
  nonMemberAttendances: Scalars['Int']['output'];
  added: Array<ModernGovChange>;
  ended: Array<ModernGovChange>;
  changed: Array<ModernGovChange>;
  notSeenSince: Array<ModernGovNotSeen>;
  proposedMatches: Array<ModernGovMatch>;
  inferredKinds: Array<ModernGovInferredKind>;
  resumedFrom?: Maybe<Scalars['ID']['output']>;
};

/** A sync of one council's ModernGov site into an area, as recorded in the graph. */
export type ModernGovSync = {
  __typename?: 'ModernGovSync';
  id: Scalars['ID']['output'];
  baseUrl: Scalars['String']['output'];
  host: Scalars['String']['output'];
  areaId?: Maybe<Scalars['ID']['output']>;
  from?: Maybe<Scalars['Date']['output']>;
  dryRun: Scalars['Boolean']['output'];
  state: ModernGovSyncState;
  requestedBy: Scalars['String']['output'];
  requestedAt: Scalars['String']['output'];
  finishedAt?: Maybe<Scalars['String']['output']>;
  /** The date the site was read: it belongs to the sync, not to each fact. */
  readOn: Scalars['Date']['output'];
  committeesTotal?: Maybe<Scalars['Int']['output']>;
  committeesDone: Scalars['Int']['output'];
  /** What the sync is doing now, or did last (operation and committee). */
  place?: Maybe<Scalars['String']['output']>;
  /** Where a failed sync stopped. */
  stoppedAt?: Maybe<Scalars['String']['output']>;
  error?: Maybe<Scalars['String']['output']>;
  errorCode?: Maybe<Scalars['String']['output']>;
  /** When finished (or failed, with what was done before it stopped). */
  report?: Maybe<ModernGovSyncReport>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Source: ResolverTypeWrapper<Source>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Entity: ResolverTypeWrapper<EntityRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Area: ResolverTypeWrapper<EntityRecord>;
  Board: ResolverTypeWrapper<EntityRecord>;
  Organisation: ResolverTypeWrapper<EntityRecord>;
  Person: ResolverTypeWrapper<EntityRecord>;
  Role: ResolverTypeWrapper<EntityRecord>;
  Strategy: ResolverTypeWrapper<EntityRecord>;
  Priority: ResolverTypeWrapper<EntityRecord>;
  Outcome: ResolverTypeWrapper<EntityRecord>;
  Objective: ResolverTypeWrapper<EntityRecord>;
  AreaOfFocus: ResolverTypeWrapper<EntityRecord>;
  TermsOfReference: ResolverTypeWrapper<EntityRecord>;
  HealthCheck: ResolverTypeWrapper<EntityRecord>;
  Document: ResolverTypeWrapper<Document>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  RagStatus: RagStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  StrategyLead: ResolverTypeWrapper<Omit<StrategyLead, 'entity' | 'roles' | 'organisations'> & { entity: ResolversTypes['Entity'], roles: Array<ResolversTypes['Entity']>, organisations: Array<ResolversTypes['Entity']> }>;
  OversightStep: ResolverTypeWrapper<Omit<OversightStep, 'entity' | 'chairs'> & { entity: ResolversTypes['Entity'], chairs: Array<ResolversTypes['Entity']> }>;
  OversightPathEnd: OversightPathEnd;
  OversightPath: ResolverTypeWrapper<Omit<OversightPath, 'steps'> & { steps: Array<ResolversTypes['OversightStep']> }>;
  OversightChain: ResolverTypeWrapper<Omit<OversightChain, 'strategy' | 'leads' | 'approvals' | 'paths' | 'tops' | 'gaps'> & { strategy: ResolversTypes['Strategy'], leads: Array<ResolversTypes['StrategyLead']>, approvals: Array<ResolversTypes['OversightStep']>, paths: Array<ResolversTypes['OversightPath']>, tops: Array<ResolversTypes['Entity']>, gaps: Array<ResolversTypes['OversightGap']> }>;
  OversightGapKind: OversightGapKind;
  OversightGap: ResolverTypeWrapper<Omit<OversightGap, 'entity' | 'related'> & { entity?: Maybe<ResolversTypes['Entity']>, related: Array<ResolversTypes['Entity']> }>;
  GraphView: ResolverTypeWrapper<Omit<GraphView, 'nodes'> & { nodes: Array<ResolversTypes['Entity']> }>;
  StructureChange: ResolverTypeWrapper<Omit<StructureChange, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  NotRestatedFact: ResolverTypeWrapper<Omit<NotRestatedFact, 'entity'> & { entity?: Maybe<ResolversTypes['Entity']> }>;
  StructureDiff: ResolverTypeWrapper<Omit<StructureDiff, 'area' | 'bodiesAdded' | 'bodiesEnded' | 'changed' | 'notRestated' | 'entities'> & { area: ResolversTypes['Area'], bodiesAdded: Array<ResolversTypes['Entity']>, bodiesEnded: Array<ResolversTypes['Entity']>, changed: Array<ResolversTypes['StructureChange']>, notRestated: Array<ResolversTypes['NotRestatedFact']>, entities: Array<ResolversTypes['Entity']> }>;
  AccountabilityGaps: ResolverTypeWrapper<Omit<AccountabilityGaps, 'area' | 'strategiesWithoutLead' | 'strategiesWithoutGovernanceRoute' | 'strategiesWithoutOversight' | 'bodiesWithoutUpwardLine' | 'cycles' | 'overloadedPeople' | 'singlePointsOfFailure'> & { area?: Maybe<ResolversTypes['Area']>, strategiesWithoutLead: Array<ResolversTypes['OversightGap']>, strategiesWithoutGovernanceRoute: Array<ResolversTypes['OversightGap']>, strategiesWithoutOversight: Array<ResolversTypes['OversightGap']>, bodiesWithoutUpwardLine: Array<ResolversTypes['OversightGap']>, cycles: Array<ResolversTypes['OversightGap']>, overloadedPeople: Array<ResolversTypes['OversightGap']>, singlePointsOfFailure: Array<ResolversTypes['OversightGap']> }>;
  TermsOfReferenceStatus: TermsOfReferenceStatus;
  ReviewDueBasis: ReviewDueBasis;
  TermsOfReferenceDiscrepancyKind: TermsOfReferenceDiscrepancyKind;
  TermsOfReferenceParty: ResolverTypeWrapper<Omit<TermsOfReferenceParty, 'entity'> & { entity?: Maybe<ResolversTypes['Entity']> }>;
  TermsOfReferenceDiscrepancy: ResolverTypeWrapper<Omit<TermsOfReferenceDiscrepancy, 'party'> & { party: ResolversTypes['TermsOfReferenceParty'] }>;
  BoardTermsOfReference: ResolverTypeWrapper<Omit<BoardTermsOfReference, 'board' | 'termsOfReference' | 'chair' | 'requiredMembers' | 'accountableTo' | 'discrepancies' | 'previousVersions'> & { board: ResolversTypes['Board'], termsOfReference?: Maybe<ResolversTypes['TermsOfReference']>, chair?: Maybe<ResolversTypes['TermsOfReferenceParty']>, requiredMembers: Array<ResolversTypes['TermsOfReferenceParty']>, accountableTo: Array<ResolversTypes['TermsOfReferenceParty']>, discrepancies: Array<ResolversTypes['TermsOfReferenceDiscrepancy']>, previousVersions: Array<ResolversTypes['TermsOfReference']> }>;
  TermsOfReferenceSummary: ResolverTypeWrapper<TermsOfReferenceSummary>;
  TermsOfReferenceReview: ResolverTypeWrapper<Omit<TermsOfReferenceReview, 'boards'> & { boards: Array<ResolversTypes['BoardTermsOfReference']> }>;
  TermsOfReferenceInput: TermsOfReferenceInput;
  HealthCheckRule: ResolverTypeWrapper<HealthCheckRule>;
  HealthCheckEvidence: ResolverTypeWrapper<Omit<HealthCheckEvidence, 'entity'> & { entity?: Maybe<ResolversTypes['Entity']> }>;
  HealthCheckRuleResult: ResolverTypeWrapper<Omit<HealthCheckRuleResult, 'evidence'> & { evidence: Array<ResolversTypes['HealthCheckEvidence']> }>;
  RagCounts: ResolverTypeWrapper<RagCounts>;
  HealthCheckReport: ResolverTypeWrapper<Omit<HealthCheckReport, 'board' | 'rules' | 'recordedHealthChecks' | 'selfAssessment' | 'actions' | 'overdueActions'> & { board: ResolversTypes['Board'], rules: Array<ResolversTypes['HealthCheckRuleResult']>, recordedHealthChecks: Array<ResolversTypes['HealthCheck']>, selfAssessment?: Maybe<ResolversTypes['AssessmentRound']>, actions?: Maybe<Array<ResolversTypes['Action']>>, overdueActions?: Maybe<Array<ResolversTypes['Action']>> }>;
  PartnershipPrinciple: PartnershipPrinciple;
  PrincipleScoreInput: PrincipleScoreInput;
  PrincipleScore: ResolverTypeWrapper<PrincipleScore>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AssessmentResponse: ResolverTypeWrapper<Omit<AssessmentResponse, 'partner' | 'history'> & { partner: ResolversTypes['Organisation'], history: Array<ResolversTypes['AssessmentResponse']> }>;
  PartnerScore: ResolverTypeWrapper<Omit<PartnerScore, 'partner'> & { partner: ResolversTypes['Organisation'] }>;
  PrincipleResult: ResolverTypeWrapper<Omit<PrincipleResult, 'lowestPartners' | 'highestPartners' | 'scores'> & { lowestPartners: Array<ResolversTypes['Organisation']>, highestPartners: Array<ResolversTypes['Organisation']>, scores: Array<ResolversTypes['PartnerScore']> }>;
  AssessmentRound: ResolverTypeWrapper<Omit<AssessmentRound, 'board' | 'responses' | 'principles' | 'invitations'> & { board: ResolversTypes['Board'], responses: Array<ResolversTypes['AssessmentResponse']>, principles: Array<ResolversTypes['PrincipleResult']>, invitations: Array<ResolversTypes['PartnerInvitation']> }>;
  AssessmentStatement: ResolverTypeWrapper<AssessmentStatement>;
  PartnerInvitationStatus: PartnerInvitationStatus;
  PartnerInvitation: ResolverTypeWrapper<Omit<PartnerInvitation, 'partner'> & { partner: ResolversTypes['Organisation'] }>;
  PartnerLink: ResolverTypeWrapper<Omit<PartnerLink, 'invitation'> & { invitation: ResolversTypes['PartnerInvitation'] }>;
  AccessRole: AccessRole;
  SourceInput: SourceInput;
  PropInput: PropInput;
  Prop: ResolverTypeWrapper<Prop>;
  CreateEntityInput: CreateEntityInput;
  UpdateEntityInput: UpdateEntityInput;
  RelationshipKeyInput: RelationshipKeyInput;
  CreateRelationshipInput: CreateRelationshipInput;
  UpdateRelationshipInput: UpdateRelationshipInput;
  Relationship: ResolverTypeWrapper<Relationship>;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  ApiToken: ResolverTypeWrapper<ApiToken>;
  CreatedApiToken: ResolverTypeWrapper<CreatedApiToken>;
  CurrentUser: ResolverTypeWrapper<CurrentUser>;
  ImportFormat: ImportFormat;
  ImportDocumentInput: ImportDocumentInput;
  ImportProblem: ResolverTypeWrapper<ImportProblem>;
  ImportReport: ResolverTypeWrapper<ImportReport>;
  ExportFormat: ExportFormat;
  ExportResult: ResolverTypeWrapper<ExportResult>;
  BoardStrategy: ResolverTypeWrapper<Omit<BoardStrategy, 'strategy' | 'leads'> & { strategy: ResolversTypes['Strategy'], leads: Array<ResolversTypes['Entity']> }>;
  BoardDetail: ResolverTypeWrapper<Omit<BoardDetail, 'board' | 'chairs' | 'members' | 'governs' | 'oversees'> & { board: ResolversTypes['Board'], chairs: Array<ResolversTypes['Entity']>, members: Array<ResolversTypes['Entity']>, governs: Array<ResolversTypes['BoardStrategy']>, oversees: Array<ResolversTypes['BoardStrategy']> }>;
  LastEvidenced: ResolverTypeWrapper<LastEvidenced>;
  LastEvidencedOutcome: LastEvidencedOutcome;
  Viewer: ResolverTypeWrapper<Viewer>;
  ModelLabel: ResolverTypeWrapper<ModelLabel>;
  File: ResolverTypeWrapper<Scalars['File']['output']>;
  DraftFactStatus: DraftFactStatus;
  DraftName: ResolverTypeWrapper<DraftName>;
  DraftFact: ResolverTypeWrapper<DraftFact>;
  DocumentDraft: ResolverTypeWrapper<DocumentDraft>;
  DraftFactDecision: DraftFactDecision;
  CalendarFeedInfo: ResolverTypeWrapper<CalendarFeedInfo>;
  CalendarSubscription: ResolverTypeWrapper<CalendarSubscription>;
  CreatedCalendarSubscription: ResolverTypeWrapper<CreatedCalendarSubscription>;
  TermsReviewOutcome: TermsReviewOutcome;
  ActionStatus: ActionStatus;
  FindingKind: FindingKind;
  Action: ResolverTypeWrapper<Omit<Action, 'board' | 'owner'> & { board: ResolversTypes['Board'], owner: ResolversTypes['Person'] }>;
  CreateActionInput: CreateActionInput;
  UpdateActionInput: UpdateActionInput;
  ModernGovSyncState: ModernGovSyncState;
  ModernGovChange: ResolverTypeWrapper<ModernGovChange>;
  ModernGovNotSeen: ResolverTypeWrapper<ModernGovNotSeen>;
  ModernGovMatch: ResolverTypeWrapper<ModernGovMatch>;
  ModernGovInferredKind: ResolverTypeWrapper<ModernGovInferredKind>;
  ModernGovSyncReport: ResolverTypeWrapper<ModernGovSyncReport>;
  ModernGovSync: ResolverTypeWrapper<ModernGovSync>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Date: Scalars['Date']['output'];
  Source: Source;
  String: Scalars['String']['output'];
  Entity: EntityRecord;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Area: EntityRecord;
  Board: EntityRecord;
  Organisation: EntityRecord;
  Person: EntityRecord;
  Role: EntityRecord;
  Strategy: EntityRecord;
  Priority: EntityRecord;
  Outcome: EntityRecord;
  Objective: EntityRecord;
  AreaOfFocus: EntityRecord;
  TermsOfReference: EntityRecord;
  HealthCheck: EntityRecord;
  Document: Document;
  Query: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  GraphEdge: GraphEdge;
  Mutation: Record<PropertyKey, never>;
  StrategyLead: Omit<StrategyLead, 'entity' | 'roles' | 'organisations'> & { entity: ResolversParentTypes['Entity'], roles: Array<ResolversParentTypes['Entity']>, organisations: Array<ResolversParentTypes['Entity']> };
  OversightStep: Omit<OversightStep, 'entity' | 'chairs'> & { entity: ResolversParentTypes['Entity'], chairs: Array<ResolversParentTypes['Entity']> };
  OversightPath: Omit<OversightPath, 'steps'> & { steps: Array<ResolversParentTypes['OversightStep']> };
  OversightChain: Omit<OversightChain, 'strategy' | 'leads' | 'approvals' | 'paths' | 'tops' | 'gaps'> & { strategy: ResolversParentTypes['Strategy'], leads: Array<ResolversParentTypes['StrategyLead']>, approvals: Array<ResolversParentTypes['OversightStep']>, paths: Array<ResolversParentTypes['OversightPath']>, tops: Array<ResolversParentTypes['Entity']>, gaps: Array<ResolversParentTypes['OversightGap']> };
  OversightGap: Omit<OversightGap, 'entity' | 'related'> & { entity?: Maybe<ResolversParentTypes['Entity']>, related: Array<ResolversParentTypes['Entity']> };
  GraphView: Omit<GraphView, 'nodes'> & { nodes: Array<ResolversParentTypes['Entity']> };
  StructureChange: Omit<StructureChange, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  NotRestatedFact: Omit<NotRestatedFact, 'entity'> & { entity?: Maybe<ResolversParentTypes['Entity']> };
  StructureDiff: Omit<StructureDiff, 'area' | 'bodiesAdded' | 'bodiesEnded' | 'changed' | 'notRestated' | 'entities'> & { area: ResolversParentTypes['Area'], bodiesAdded: Array<ResolversParentTypes['Entity']>, bodiesEnded: Array<ResolversParentTypes['Entity']>, changed: Array<ResolversParentTypes['StructureChange']>, notRestated: Array<ResolversParentTypes['NotRestatedFact']>, entities: Array<ResolversParentTypes['Entity']> };
  AccountabilityGaps: Omit<AccountabilityGaps, 'area' | 'strategiesWithoutLead' | 'strategiesWithoutGovernanceRoute' | 'strategiesWithoutOversight' | 'bodiesWithoutUpwardLine' | 'cycles' | 'overloadedPeople' | 'singlePointsOfFailure'> & { area?: Maybe<ResolversParentTypes['Area']>, strategiesWithoutLead: Array<ResolversParentTypes['OversightGap']>, strategiesWithoutGovernanceRoute: Array<ResolversParentTypes['OversightGap']>, strategiesWithoutOversight: Array<ResolversParentTypes['OversightGap']>, bodiesWithoutUpwardLine: Array<ResolversParentTypes['OversightGap']>, cycles: Array<ResolversParentTypes['OversightGap']>, overloadedPeople: Array<ResolversParentTypes['OversightGap']>, singlePointsOfFailure: Array<ResolversParentTypes['OversightGap']> };
  TermsOfReferenceParty: Omit<TermsOfReferenceParty, 'entity'> & { entity?: Maybe<ResolversParentTypes['Entity']> };
  TermsOfReferenceDiscrepancy: Omit<TermsOfReferenceDiscrepancy, 'party'> & { party: ResolversParentTypes['TermsOfReferenceParty'] };
  BoardTermsOfReference: Omit<BoardTermsOfReference, 'board' | 'termsOfReference' | 'chair' | 'requiredMembers' | 'accountableTo' | 'discrepancies' | 'previousVersions'> & { board: ResolversParentTypes['Board'], termsOfReference?: Maybe<ResolversParentTypes['TermsOfReference']>, chair?: Maybe<ResolversParentTypes['TermsOfReferenceParty']>, requiredMembers: Array<ResolversParentTypes['TermsOfReferenceParty']>, accountableTo: Array<ResolversParentTypes['TermsOfReferenceParty']>, discrepancies: Array<ResolversParentTypes['TermsOfReferenceDiscrepancy']>, previousVersions: Array<ResolversParentTypes['TermsOfReference']> };
  TermsOfReferenceSummary: TermsOfReferenceSummary;
  TermsOfReferenceReview: Omit<TermsOfReferenceReview, 'boards'> & { boards: Array<ResolversParentTypes['BoardTermsOfReference']> };
  TermsOfReferenceInput: TermsOfReferenceInput;
  HealthCheckRule: HealthCheckRule;
  HealthCheckEvidence: Omit<HealthCheckEvidence, 'entity'> & { entity?: Maybe<ResolversParentTypes['Entity']> };
  HealthCheckRuleResult: Omit<HealthCheckRuleResult, 'evidence'> & { evidence: Array<ResolversParentTypes['HealthCheckEvidence']> };
  RagCounts: RagCounts;
  HealthCheckReport: Omit<HealthCheckReport, 'board' | 'rules' | 'recordedHealthChecks' | 'selfAssessment' | 'actions' | 'overdueActions'> & { board: ResolversParentTypes['Board'], rules: Array<ResolversParentTypes['HealthCheckRuleResult']>, recordedHealthChecks: Array<ResolversParentTypes['HealthCheck']>, selfAssessment?: Maybe<ResolversParentTypes['AssessmentRound']>, actions?: Maybe<Array<ResolversParentTypes['Action']>>, overdueActions?: Maybe<Array<ResolversParentTypes['Action']>> };
  PrincipleScoreInput: PrincipleScoreInput;
  PrincipleScore: PrincipleScore;
  Float: Scalars['Float']['output'];
  AssessmentResponse: Omit<AssessmentResponse, 'partner' | 'history'> & { partner: ResolversParentTypes['Organisation'], history: Array<ResolversParentTypes['AssessmentResponse']> };
  PartnerScore: Omit<PartnerScore, 'partner'> & { partner: ResolversParentTypes['Organisation'] };
  PrincipleResult: Omit<PrincipleResult, 'lowestPartners' | 'highestPartners' | 'scores'> & { lowestPartners: Array<ResolversParentTypes['Organisation']>, highestPartners: Array<ResolversParentTypes['Organisation']>, scores: Array<ResolversParentTypes['PartnerScore']> };
  AssessmentRound: Omit<AssessmentRound, 'board' | 'responses' | 'principles' | 'invitations'> & { board: ResolversParentTypes['Board'], responses: Array<ResolversParentTypes['AssessmentResponse']>, principles: Array<ResolversParentTypes['PrincipleResult']>, invitations: Array<ResolversParentTypes['PartnerInvitation']> };
  AssessmentStatement: AssessmentStatement;
  PartnerInvitation: Omit<PartnerInvitation, 'partner'> & { partner: ResolversParentTypes['Organisation'] };
  PartnerLink: Omit<PartnerLink, 'invitation'> & { invitation: ResolversParentTypes['PartnerInvitation'] };
  SourceInput: SourceInput;
  PropInput: PropInput;
  Prop: Prop;
  CreateEntityInput: CreateEntityInput;
  UpdateEntityInput: UpdateEntityInput;
  RelationshipKeyInput: RelationshipKeyInput;
  CreateRelationshipInput: CreateRelationshipInput;
  UpdateRelationshipInput: UpdateRelationshipInput;
  Relationship: Relationship;
  AuditEntry: AuditEntry;
  ApiToken: ApiToken;
  CreatedApiToken: CreatedApiToken;
  CurrentUser: CurrentUser;
  ImportDocumentInput: ImportDocumentInput;
  ImportProblem: ImportProblem;
  ImportReport: ImportReport;
  ExportResult: ExportResult;
  BoardStrategy: Omit<BoardStrategy, 'strategy' | 'leads'> & { strategy: ResolversParentTypes['Strategy'], leads: Array<ResolversParentTypes['Entity']> };
  BoardDetail: Omit<BoardDetail, 'board' | 'chairs' | 'members' | 'governs' | 'oversees'> & { board: ResolversParentTypes['Board'], chairs: Array<ResolversParentTypes['Entity']>, members: Array<ResolversParentTypes['Entity']>, governs: Array<ResolversParentTypes['BoardStrategy']>, oversees: Array<ResolversParentTypes['BoardStrategy']> };
  LastEvidenced: LastEvidenced;
  Viewer: Viewer;
  ModelLabel: ModelLabel;
  File: Scalars['File']['output'];
  DraftName: DraftName;
  DraftFact: DraftFact;
  DocumentDraft: DocumentDraft;
  DraftFactDecision: DraftFactDecision;
  CalendarFeedInfo: CalendarFeedInfo;
  CalendarSubscription: CalendarSubscription;
  CreatedCalendarSubscription: CreatedCalendarSubscription;
  Action: Omit<Action, 'board' | 'owner'> & { board: ResolversParentTypes['Board'], owner: ResolversParentTypes['Person'] };
  CreateActionInput: CreateActionInput;
  UpdateActionInput: UpdateActionInput;
  ModernGovChange: ModernGovChange;
  ModernGovNotSeen: ModernGovNotSeen;
  ModernGovMatch: ModernGovMatch;
  ModernGovInferredKind: ModernGovInferredKind;
  ModernGovSyncReport: ModernGovSyncReport;
  ModernGovSync: ModernGovSync;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type SourceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  document?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Area' | 'Board' | 'Organisation' | 'Person' | 'Role' | 'Strategy' | 'Priority' | 'Outcome' | 'Objective' | 'AreaOfFocus' | 'TermsOfReference' | 'HealthCheck', ParentType, ContextType>;
};

export type AreaResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Area'] = ResolversParentTypes['Area']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  areaId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ambiguity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  props?: Resolver<Array<ResolversTypes['Prop']>, ParentType, ContextType>;
  areaIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  lastEvidenced?: Resolver<Maybe<ResolversTypes['LastEvidenced']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BoardResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Board'] = ResolversParentTypes['Board']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  areaId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ambiguity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  props?: Resolver<Array<ResolversTypes['Prop']>, ParentType, ContextType>;
  areaIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  lastEvidenced?: Resolver<Maybe<ResolversTypes['LastEvidenced']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  areaId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ambiguity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  props?: Resolver<Array<ResolversTypes['Prop']>, ParentType, ContextType>;
  areaIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  lastEvidenced?: Resolver<Maybe<ResolversTypes['LastEvidenced']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  areaId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ambiguity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  props?: Resolver<Array<ResolversTypes['Prop']>, ParentType, ContextType>;
  areaIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  lastEvidenced?: Resolver<Maybe<ResolversTypes['LastEvidenced']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RoleResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  areaId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ambiguity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  props?: Resolver<Array<ResolversTypes['Prop']>, ParentType, ContextType>;
  areaIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  lastEvidenced?: Resolver<Maybe<ResolversTypes['LastEvidenced']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StrategyResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Strategy'] = ResolversParentTypes['Strategy']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  areaId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ambiguity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  periodEnd?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  props?: Resolver<Array<ResolversTypes['Prop']>, ParentType, ContextType>;
  areaIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  lastEvidenced?: Resolver<Maybe<ResolversTypes['LastEvidenced']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PriorityResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Priority'] = ResolversParentTypes['Priority']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  areaId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ambiguity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  props?: Resolver<Array<ResolversTypes['Prop']>, ParentType, ContextType>;
  areaIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  lastEvidenced?: Resolver<Maybe<ResolversTypes['LastEvidenced']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OutcomeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Outcome'] = ResolversParentTypes['Outcome']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  areaId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ambiguity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  props?: Resolver<Array<ResolversTypes['Prop']>, ParentType, ContextType>;
  areaIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  lastEvidenced?: Resolver<Maybe<ResolversTypes['LastEvidenced']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ObjectiveResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Objective'] = ResolversParentTypes['Objective']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  areaId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ambiguity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  props?: Resolver<Array<ResolversTypes['Prop']>, ParentType, ContextType>;
  areaIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  lastEvidenced?: Resolver<Maybe<ResolversTypes['LastEvidenced']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AreaOfFocusResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AreaOfFocus'] = ResolversParentTypes['AreaOfFocus']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  areaId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ambiguity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  props?: Resolver<Array<ResolversTypes['Prop']>, ParentType, ContextType>;
  areaIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  lastEvidenced?: Resolver<Maybe<ResolversTypes['LastEvidenced']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TermsOfReferenceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TermsOfReference'] = ResolversParentTypes['TermsOfReference']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  areaId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ambiguity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  chairId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  requiredMemberIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  membershipText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quorum?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  meetingFrequency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accountableToIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  adoptedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reviewDue?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  statusNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  props?: Resolver<Array<ResolversTypes['Prop']>, ParentType, ContextType>;
  areaIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  lastEvidenced?: Resolver<Maybe<ResolversTypes['LastEvidenced']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HealthCheckResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['HealthCheck'] = ResolversParentTypes['HealthCheck']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  areaId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ambiguity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  props?: Resolver<Array<ResolversTypes['Prop']>, ParentType, ContextType>;
  areaIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  lastEvidenced?: Resolver<Maybe<ResolversTypes['LastEvidenced']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'limit'>>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  search?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'text' | 'limit'>>;
  oversightChain?: Resolver<ResolversTypes['OversightChain'], ParentType, ContextType, RequireFields<QueryOversightChainArgs, 'strategyId'>>;
  reportingLines?: Resolver<ResolversTypes['GraphView'], ParentType, ContextType, RequireFields<QueryReportingLinesArgs, 'depth'>>;
  structureDiff?: Resolver<ResolversTypes['StructureDiff'], ParentType, ContextType, RequireFields<QueryStructureDiffArgs, 'area' | 'from' | 'to'>>;
  accountabilityGaps?: Resolver<ResolversTypes['AccountabilityGaps'], ParentType, ContextType, RequireFields<QueryAccountabilityGapsArgs, 'leadThreshold' | 'chairThreshold'>>;
  termsOfReferenceReview?: Resolver<ResolversTypes['TermsOfReferenceReview'], ParentType, ContextType, RequireFields<QueryTermsOfReferenceReviewArgs, 'asOf' | 'dueWithinDays'>>;
  healthCheck?: Resolver<ResolversTypes['HealthCheckReport'], ParentType, ContextType, RequireFields<QueryHealthCheckArgs, 'boardId'>>;
  healthCheckRules?: Resolver<Array<ResolversTypes['HealthCheckRule']>, ParentType, ContextType>;
  assessmentRounds?: Resolver<Array<ResolversTypes['AssessmentRound']>, ParentType, ContextType, RequireFields<QueryAssessmentRoundsArgs, 'boardId'>>;
  assessmentStatements?: Resolver<Array<ResolversTypes['AssessmentStatement']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<QueryRelationshipsArgs, 'entityId'>>;
  history?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<QueryHistoryArgs, 'entityId' | 'limit'>>;
  auditLog?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'limit'>>;
  me?: Resolver<Maybe<ResolversTypes['CurrentUser']>, ParentType, ContextType>;
  listApiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  exportGraph?: Resolver<ResolversTypes['ExportResult'], ParentType, ContextType, RequireFields<QueryExportGraphArgs, 'format'>>;
  board?: Resolver<Maybe<ResolversTypes['BoardDetail']>, ParentType, ContextType, RequireFields<QueryBoardArgs, 'id'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  modelLabels?: Resolver<Array<ResolversTypes['ModelLabel']>, ParentType, ContextType>;
  allowedRelationshipTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<QueryAllowedRelationshipTypesArgs, 'fromLabel' | 'toLabel'>>;
  statementDocument?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documentDraft?: Resolver<Maybe<ResolversTypes['DocumentDraft']>, ParentType, ContextType, RequireFields<QueryDocumentDraftArgs, 'id'>>;
  documentDrafts?: Resolver<Array<ResolversTypes['DocumentDraft']>, ParentType, ContextType, RequireFields<QueryDocumentDraftsArgs, 'limit'>>;
  calendarFeed?: Resolver<ResolversTypes['CalendarFeedInfo'], ParentType, ContextType, RequireFields<QueryCalendarFeedArgs, 'areaId'>>;
  calendarSubscriptions?: Resolver<Array<ResolversTypes['CalendarSubscription']>, ParentType, ContextType, Partial<QueryCalendarSubscriptionsArgs>>;
  actions?: Resolver<Array<ResolversTypes['Action']>, ParentType, ContextType, RequireFields<QueryActionsArgs, 'openOnly'>>;
  modernGovSync?: Resolver<Maybe<ResolversTypes['ModernGovSync']>, ParentType, ContextType, RequireFields<QueryModernGovSyncArgs, 'id'>>;
  modernGovSyncs?: Resolver<Array<ResolversTypes['ModernGovSync']>, ParentType, ContextType, RequireFields<QueryModernGovSyncsArgs, 'areaId' | 'limit'>>;
};

export type GraphEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ambiguity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastEvidenced?: Resolver<Maybe<ResolversTypes['LastEvidenced']>, ParentType, ContextType>;
  statute?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  recordTermsOfReference?: Resolver<ResolversTypes['BoardTermsOfReference'], ParentType, ContextType, RequireFields<MutationRecordTermsOfReferenceArgs, 'boardId' | 'input'>>;
  reviseTermsOfReference?: Resolver<ResolversTypes['BoardTermsOfReference'], ParentType, ContextType, RequireFields<MutationReviseTermsOfReferenceArgs, 'id' | 'input'>>;
  openAssessmentRound?: Resolver<ResolversTypes['AssessmentRound'], ParentType, ContextType, RequireFields<MutationOpenAssessmentRoundArgs, 'boardId' | 'name' | 'openedOn'>>;
  recordAssessment?: Resolver<ResolversTypes['AssessmentRound'], ParentType, ContextType, RequireFields<MutationRecordAssessmentArgs, 'roundId' | 'partnerId' | 'scores'>>;
  invitePartners?: Resolver<Array<ResolversTypes['PartnerLink']>, ParentType, ContextType, RequireFields<MutationInvitePartnersArgs, 'roundId' | 'partnerIds' | 'expiresOn'>>;
  renewPartnerLink?: Resolver<ResolversTypes['PartnerLink'], ParentType, ContextType, RequireFields<MutationRenewPartnerLinkArgs, 'invitationId' | 'expiresOn'>>;
  revokePartnerLink?: Resolver<ResolversTypes['PartnerInvitation'], ParentType, ContextType, RequireFields<MutationRevokePartnerLinkArgs, 'invitationId'>>;
  closeAssessmentRound?: Resolver<ResolversTypes['AssessmentRound'], ParentType, ContextType, RequireFields<MutationCloseAssessmentRoundArgs, 'roundId' | 'closedOn'>>;
  createEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationCreateEntityArgs, 'input'>>;
  updateEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationUpdateEntityArgs, 'id' | 'expectedVersion' | 'input'>>;
  endEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationEndEntityArgs, 'id' | 'expectedVersion' | 'validTo'>>;
  createRelationship?: Resolver<ResolversTypes['Relationship'], ParentType, ContextType, RequireFields<MutationCreateRelationshipArgs, 'input'>>;
  updateRelationship?: Resolver<ResolversTypes['Relationship'], ParentType, ContextType, RequireFields<MutationUpdateRelationshipArgs, 'key' | 'expectedVersion' | 'input'>>;
  endRelationship?: Resolver<ResolversTypes['Relationship'], ParentType, ContextType, RequireFields<MutationEndRelationshipArgs, 'key' | 'expectedVersion' | 'validTo'>>;
  importGraph?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportGraphArgs, 'format' | 'content' | 'dryRun'>>;
  createApiToken?: Resolver<ResolversTypes['CreatedApiToken'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'name' | 'role'>>;
  revokeApiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
  confirmLastEvidenced?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationConfirmLastEvidencedArgs, 'id' | 'expectedVersion' | 'outcome' | 'on' | 'source'>>;
  draftFromDocument?: Resolver<ResolversTypes['DocumentDraft'], ParentType, ContextType, RequireFields<MutationDraftFromDocumentArgs, 'title'>>;
  acceptDraftFacts?: Resolver<ResolversTypes['DocumentDraft'], ParentType, ContextType, RequireFields<MutationAcceptDraftFactsArgs, 'draftId' | 'decisions'>>;
  rejectDraftFacts?: Resolver<ResolversTypes['DocumentDraft'], ParentType, ContextType, RequireFields<MutationRejectDraftFactsArgs, 'draftId' | 'factIds'>>;
  decideDraftKind?: Resolver<ResolversTypes['DocumentDraft'], ParentType, ContextType, RequireFields<MutationDecideDraftKindArgs, 'draftId' | 'kind' | 'accept'>>;
  recordTermsReview?: Resolver<ResolversTypes['BoardTermsOfReference'], ParentType, ContextType, RequireFields<MutationRecordTermsReviewArgs, 'termsId' | 'expectedVersion' | 'outcome' | 'nextReviewDue'>>;
  createCalendarSubscription?: Resolver<ResolversTypes['CreatedCalendarSubscription'], ParentType, ContextType, RequireFields<MutationCreateCalendarSubscriptionArgs, 'areaId'>>;
  revokeCalendarSubscription?: Resolver<ResolversTypes['CalendarSubscription'], ParentType, ContextType, RequireFields<MutationRevokeCalendarSubscriptionArgs, 'id'>>;
  createAction?: Resolver<ResolversTypes['Action'], ParentType, ContextType, RequireFields<MutationCreateActionArgs, 'input'>>;
  updateAction?: Resolver<ResolversTypes['Action'], ParentType, ContextType, RequireFields<MutationUpdateActionArgs, 'id' | 'expectedVersion' | 'input'>>;
  closeAction?: Resolver<ResolversTypes['Action'], ParentType, ContextType, RequireFields<MutationCloseActionArgs, 'id' | 'expectedVersion'>>;
  importFromModernGov?: Resolver<ResolversTypes['ModernGovSync'], ParentType, ContextType, RequireFields<MutationImportFromModernGovArgs, 'baseUrl' | 'dryRun'>>;
};

export type StrategyLeadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['StrategyLead'] = ResolversParentTypes['StrategyLead']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  organisations?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type OversightStepResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['OversightStep'] = ResolversParentTypes['OversightStep']> = {
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  chairs?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ambiguity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  statute?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OversightPathResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['OversightPath'] = ResolversParentTypes['OversightPath']> = {
  steps?: Resolver<Array<ResolversTypes['OversightStep']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['OversightPathEnd'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OversightChainResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['OversightChain'] = ResolversParentTypes['OversightChain']> = {
  strategy?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  leads?: Resolver<Array<ResolversTypes['StrategyLead']>, ParentType, ContextType>;
  approvals?: Resolver<Array<ResolversTypes['OversightStep']>, ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['OversightPath']>, ParentType, ContextType>;
  tops?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes['OversightGap']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type OversightGapResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['OversightGap'] = ResolversParentTypes['OversightGap']> = {
  kind?: Resolver<ResolversTypes['OversightGapKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  related?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type GraphViewResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['GraphView'] = ResolversParentTypes['GraphView']> = {
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type StructureChangeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['StructureChange'] = ResolversParentTypes['StructureChange']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  linesAdded?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  linesEnded?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
};

export type NotRestatedFactResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['NotRestatedFact'] = ResolversParentTypes['NotRestatedFact']> = {
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  lastStatedIn?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  newestDocument?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StructureDiffResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['StructureDiff'] = ResolversParentTypes['StructureDiff']> = {
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  bodiesAdded?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  bodiesEnded?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  linesAdded?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  linesEnded?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  changed?: Resolver<Array<ResolversTypes['StructureChange']>, ParentType, ContextType>;
  replacements?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  notRestated?: Resolver<Array<ResolversTypes['NotRestatedFact']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type AccountabilityGapsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AccountabilityGaps'] = ResolversParentTypes['AccountabilityGaps']> = {
  area?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  strategiesWithoutLead?: Resolver<Array<ResolversTypes['OversightGap']>, ParentType, ContextType>;
  strategiesWithoutGovernanceRoute?: Resolver<Array<ResolversTypes['OversightGap']>, ParentType, ContextType>;
  strategiesWithoutOversight?: Resolver<Array<ResolversTypes['OversightGap']>, ParentType, ContextType>;
  bodiesWithoutUpwardLine?: Resolver<Array<ResolversTypes['OversightGap']>, ParentType, ContextType>;
  cycles?: Resolver<Array<ResolversTypes['OversightGap']>, ParentType, ContextType>;
  overloadedPeople?: Resolver<Array<ResolversTypes['OversightGap']>, ParentType, ContextType>;
  singlePointsOfFailure?: Resolver<Array<ResolversTypes['OversightGap']>, ParentType, ContextType>;
};

export type TermsOfReferencePartyResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TermsOfReferenceParty'] = ResolversParentTypes['TermsOfReferenceParty']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  inGraph?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
};

export type TermsOfReferenceDiscrepancyResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TermsOfReferenceDiscrepancy'] = ResolversParentTypes['TermsOfReferenceDiscrepancy']> = {
  kind?: Resolver<ResolversTypes['TermsOfReferenceDiscrepancyKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expectedRelationship?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  party?: Resolver<ResolversTypes['TermsOfReferenceParty'], ParentType, ContextType>;
};

export type BoardTermsOfReferenceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['BoardTermsOfReference'] = ResolversParentTypes['BoardTermsOfReference']> = {
  board?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  termsOfReference?: Resolver<Maybe<ResolversTypes['TermsOfReference']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TermsOfReferenceStatus'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewDue?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reviewDueBasis?: Resolver<Maybe<ResolversTypes['ReviewDueBasis']>, ParentType, ContextType>;
  daysUntilReview?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  chair?: Resolver<Maybe<ResolversTypes['TermsOfReferenceParty']>, ParentType, ContextType>;
  requiredMembers?: Resolver<Array<ResolversTypes['TermsOfReferenceParty']>, ParentType, ContextType>;
  accountableTo?: Resolver<Array<ResolversTypes['TermsOfReferenceParty']>, ParentType, ContextType>;
  discrepancies?: Resolver<Array<ResolversTypes['TermsOfReferenceDiscrepancy']>, ParentType, ContextType>;
  previousVersions?: Resolver<Array<ResolversTypes['TermsOfReference']>, ParentType, ContextType>;
  lastReviewedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  overdueActions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TermsOfReferenceSummaryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TermsOfReferenceSummary'] = ResolversParentTypes['TermsOfReferenceSummary']> = {
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueSoon?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withDiscrepancies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TermsOfReferenceReviewResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TermsOfReferenceReview'] = ResolversParentTypes['TermsOfReferenceReview']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dueWithinDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  area?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['TermsOfReferenceSummary'], ParentType, ContextType>;
  boards?: Resolver<Array<ResolversTypes['BoardTermsOfReference']>, ParentType, ContextType>;
};

export type HealthCheckRuleResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['HealthCheckRule'] = ResolversParentTypes['HealthCheckRule']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  appliesTo?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type HealthCheckEvidenceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['HealthCheckEvidence'] = ResolversParentTypes['HealthCheckEvidence']> = {
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
};

export type HealthCheckRuleResultResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['HealthCheckRuleResult'] = ResolversParentTypes['HealthCheckRuleResult']> = {
  rule?: Resolver<ResolversTypes['HealthCheckRule'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RagStatus'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['HealthCheckEvidence']>, ParentType, ContextType>;
};

export type RagCountsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['RagCounts'] = ResolversParentTypes['RagCounts']> = {
  red?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  amber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  green?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notApplicable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HealthCheckReportResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['HealthCheckReport'] = ResolversParentTypes['HealthCheckReport']> = {
  board?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  overall?: Resolver<ResolversTypes['RagStatus'], ParentType, ContextType>;
  overallReason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['RagCounts'], ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['HealthCheckRuleResult']>, ParentType, ContextType>;
  recordedHealthChecks?: Resolver<Array<ResolversTypes['HealthCheck']>, ParentType, ContextType>;
  selfAssessment?: Resolver<Maybe<ResolversTypes['AssessmentRound']>, ParentType, ContextType>;
  actions?: Resolver<Maybe<Array<ResolversTypes['Action']>>, ParentType, ContextType>;
  overdueActions?: Resolver<Maybe<Array<ResolversTypes['Action']>>, ParentType, ContextType>;
};

export type PrincipleScoreResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PrincipleScore'] = ResolversParentTypes['PrincipleScore']> = {
  principle?: Resolver<ResolversTypes['PartnershipPrinciple'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AssessmentResponseResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AssessmentResponse'] = ResolversParentTypes['AssessmentResponse']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  partnerIsMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scores?: Resolver<Array<ResolversTypes['PrincipleScore']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AssessmentResponse']>, ParentType, ContextType>;
};

export type PartnerScoreResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PartnerScore'] = ResolversParentTypes['PartnerScore']> = {
  partner?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PrincipleResultResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PrincipleResult'] = ResolversParentTypes['PrincipleResult']> = {
  principle?: Resolver<ResolversTypes['PartnershipPrinciple'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  responses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  spread?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  standardDeviation?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lowestPartners?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  highestPartners?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  disagreement?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scores?: Resolver<Array<ResolversTypes['PartnerScore']>, ParentType, ContextType>;
  previousMean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  meanChange?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type AssessmentRoundResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AssessmentRound'] = ResolversParentTypes['AssessmentRound']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  board?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
  disagreementSpread?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  responses?: Resolver<Array<ResolversTypes['AssessmentResponse']>, ParentType, ContextType>;
  principles?: Resolver<Array<ResolversTypes['PrincipleResult']>, ParentType, ContextType>;
  disagreements?: Resolver<Array<ResolversTypes['PartnershipPrinciple']>, ParentType, ContextType>;
  previousRoundId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  previousRoundName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  invitations?: Resolver<Array<ResolversTypes['PartnerInvitation']>, ParentType, ContextType>;
};

export type AssessmentStatementResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AssessmentStatement'] = ResolversParentTypes['AssessmentStatement']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  principle?: Resolver<ResolversTypes['PartnershipPrinciple'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PartnerInvitationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PartnerInvitation'] = ResolversParentTypes['PartnerInvitation']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PartnerInvitationStatus'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  linksIssued?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  draftSavedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  submissions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PartnerLinkResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PartnerLink'] = ResolversParentTypes['PartnerLink']> = {
  invitation?: Resolver<ResolversTypes['PartnerInvitation'], ParentType, ContextType>;
  linkPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PropResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Prop'] = ResolversParentTypes['Prop']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  flag?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type RelationshipResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Relationship'] = ResolversParentTypes['Relationship']> = {
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ambiguity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dateNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  props?: Resolver<Array<ResolversTypes['Prop']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  relationshipKey?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ApiTokenResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AccessRole'], ParentType, ContextType>;
  areas?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CreatedApiTokenResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CreatedApiToken'] = ResolversParentTypes['CreatedApiToken']> = {
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  apiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
};

export type CurrentUserResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CurrentUser'] = ResolversParentTypes['CurrentUser']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AccessRole'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  areas?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
};

export type ImportProblemResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ImportProblem'] = ResolversParentTypes['ImportProblem']> = {
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  column?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportReportResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = {
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ImportProblem']>, ParentType, ContextType>;
  documents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExportResultResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ExportResult'] = ResolversParentTypes['ExportResult']> = {
  format?: Resolver<ResolversTypes['ExportFormat'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  omittedRelationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BoardStrategyResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['BoardStrategy'] = ResolversParentTypes['BoardStrategy']> = {
  strategy?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
  leads?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type BoardDetailResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['BoardDetail'] = ResolversParentTypes['BoardDetail']> = {
  board?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
  chairs?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  governs?: Resolver<Array<ResolversTypes['BoardStrategy']>, ParentType, ContextType>;
  oversees?: Resolver<Array<ResolversTypes['BoardStrategy']>, ParentType, ContextType>;
};

export type LastEvidencedResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['LastEvidenced'] = ResolversParentTypes['LastEvidenced']> = {
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AccessRole'], ParentType, ContextType>;
  areaIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ModelLabelResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ModelLabel'] = ResolversParentTypes['ModelLabel']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface FileScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['File'], any> {
  name: 'File';
}

export type DraftNameResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DraftName'] = ResolversParentTypes['DraftName']> = {
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matchId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  matchName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  matchScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type DraftFactResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DraftFact'] = ResolversParentTypes['DraftFact']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['DraftName'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['DraftName']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DraftFactStatus'], ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  written?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  edited?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DocumentDraftResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DocumentDraft'] = ResolversParentTypes['DocumentDraft']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  areaId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documentFile?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pageCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  skippedRejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['DraftFact']>, ParentType, ContextType, Partial<DocumentDraftFactsArgs>>;
};

export type CalendarFeedInfoResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CalendarFeedInfo'] = ResolversParentTypes['CalendarFeedInfo']> = {
  areaId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  needsSubscription?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CalendarSubscriptionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CalendarSubscription'] = ResolversParentTypes['CalendarSubscription']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  areaId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CreatedCalendarSubscriptionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CreatedCalendarSubscription'] = ResolversParentTypes['CreatedCalendarSubscription']> = {
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subscription?: Resolver<ResolversTypes['CalendarSubscription'], ParentType, ContextType>;
};

export type ActionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Action'] = ResolversParentTypes['Action']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  what?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  board?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
  findingKind?: Resolver<ResolversTypes['FindingKind'], ParentType, ContextType>;
  ruleId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  roundId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  principle?: Resolver<Maybe<ResolversTypes['PartnershipPrinciple']>, ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActionStatus'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ModernGovChangeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ModernGovChange'] = ResolversParentTypes['ModernGovChange']> = {
  what?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ModernGovNotSeenResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ModernGovNotSeen'] = ResolversParentTypes['ModernGovNotSeen']> = {
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  boardId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  boardName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastEvidencedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  notSeenSince?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ModernGovMatchResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ModernGovMatch'] = ResolversParentTypes['ModernGovMatch']> = {
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  candidateId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  candidateName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ModernGovInferredKindResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ModernGovInferredKind'] = ResolversParentTypes['ModernGovInferredKind']> = {
  boardId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ModernGovSyncReportResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ModernGovSyncReport'] = ResolversParentTypes['ModernGovSyncReport']> = {
  noChanges?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  areaId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  areaCreated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  committees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  committeesSkipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meetingsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nonMemberAttendances?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  added?: Resolver<Array<ResolversTypes['ModernGovChange']>, ParentType, ContextType>;
  ended?: Resolver<Array<ResolversTypes['ModernGovChange']>, ParentType, ContextType>;
  changed?: Resolver<Array<ResolversTypes['ModernGovChange']>, ParentType, ContextType>;
  notSeenSince?: Resolver<Array<ResolversTypes['ModernGovNotSeen']>, ParentType, ContextType>;
  proposedMatches?: Resolver<Array<ResolversTypes['ModernGovMatch']>, ParentType, ContextType>;
  inferredKinds?: Resolver<Array<ResolversTypes['ModernGovInferredKind']>, ParentType, ContextType>;
  resumedFrom?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ModernGovSyncResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ModernGovSync'] = ResolversParentTypes['ModernGovSync']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  baseUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  host?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  areaId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ModernGovSyncState'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  readOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  committeesTotal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  committeesDone?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stoppedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['ModernGovSyncReport']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphContext> = {
  Date?: GraphQLScalarType;
  Source?: SourceResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  Area?: AreaResolvers<ContextType>;
  Board?: BoardResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  Strategy?: StrategyResolvers<ContextType>;
  Priority?: PriorityResolvers<ContextType>;
  Outcome?: OutcomeResolvers<ContextType>;
  Objective?: ObjectiveResolvers<ContextType>;
  AreaOfFocus?: AreaOfFocusResolvers<ContextType>;
  TermsOfReference?: TermsOfReferenceResolvers<ContextType>;
  HealthCheck?: HealthCheckResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  StrategyLead?: StrategyLeadResolvers<ContextType>;
  OversightStep?: OversightStepResolvers<ContextType>;
  OversightPath?: OversightPathResolvers<ContextType>;
  OversightChain?: OversightChainResolvers<ContextType>;
  OversightGap?: OversightGapResolvers<ContextType>;
  GraphView?: GraphViewResolvers<ContextType>;
  StructureChange?: StructureChangeResolvers<ContextType>;
  NotRestatedFact?: NotRestatedFactResolvers<ContextType>;
  StructureDiff?: StructureDiffResolvers<ContextType>;
  AccountabilityGaps?: AccountabilityGapsResolvers<ContextType>;
  TermsOfReferenceParty?: TermsOfReferencePartyResolvers<ContextType>;
  TermsOfReferenceDiscrepancy?: TermsOfReferenceDiscrepancyResolvers<ContextType>;
  BoardTermsOfReference?: BoardTermsOfReferenceResolvers<ContextType>;
  TermsOfReferenceSummary?: TermsOfReferenceSummaryResolvers<ContextType>;
  TermsOfReferenceReview?: TermsOfReferenceReviewResolvers<ContextType>;
  HealthCheckRule?: HealthCheckRuleResolvers<ContextType>;
  HealthCheckEvidence?: HealthCheckEvidenceResolvers<ContextType>;
  HealthCheckRuleResult?: HealthCheckRuleResultResolvers<ContextType>;
  RagCounts?: RagCountsResolvers<ContextType>;
  HealthCheckReport?: HealthCheckReportResolvers<ContextType>;
  PrincipleScore?: PrincipleScoreResolvers<ContextType>;
  AssessmentResponse?: AssessmentResponseResolvers<ContextType>;
  PartnerScore?: PartnerScoreResolvers<ContextType>;
  PrincipleResult?: PrincipleResultResolvers<ContextType>;
  AssessmentRound?: AssessmentRoundResolvers<ContextType>;
  AssessmentStatement?: AssessmentStatementResolvers<ContextType>;
  PartnerInvitation?: PartnerInvitationResolvers<ContextType>;
  PartnerLink?: PartnerLinkResolvers<ContextType>;
  Prop?: PropResolvers<ContextType>;
  Relationship?: RelationshipResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  CreatedApiToken?: CreatedApiTokenResolvers<ContextType>;
  CurrentUser?: CurrentUserResolvers<ContextType>;
  ImportProblem?: ImportProblemResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  ExportResult?: ExportResultResolvers<ContextType>;
  BoardStrategy?: BoardStrategyResolvers<ContextType>;
  BoardDetail?: BoardDetailResolvers<ContextType>;
  LastEvidenced?: LastEvidencedResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  ModelLabel?: ModelLabelResolvers<ContextType>;
  File?: GraphQLScalarType;
  DraftName?: DraftNameResolvers<ContextType>;
  DraftFact?: DraftFactResolvers<ContextType>;
  DocumentDraft?: DocumentDraftResolvers<ContextType>;
  CalendarFeedInfo?: CalendarFeedInfoResolvers<ContextType>;
  CalendarSubscription?: CalendarSubscriptionResolvers<ContextType>;
  CreatedCalendarSubscription?: CreatedCalendarSubscriptionResolvers<ContextType>;
  Action?: ActionResolvers<ContextType>;
  ModernGovChange?: ModernGovChangeResolvers<ContextType>;
  ModernGovNotSeen?: ModernGovNotSeenResolvers<ContextType>;
  ModernGovMatch?: ModernGovMatchResolvers<ContextType>;
  ModernGovInferredKind?: ModernGovInferredKindResolvers<ContextType>;
  ModernGovSyncReport?: ModernGovSyncReportResolvers<ContextType>;
  ModernGovSync?: ModernGovSyncResolvers<ContextType>;
};

