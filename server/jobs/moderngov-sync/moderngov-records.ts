/** What the sync keeps of ModernGov's answers: identities, names, roles and dates, never contact details. */

export interface MgCommittee {
  id: string;
  title: string;
  category: string | null;
  deleted: boolean;
  expired: boolean;
}

export interface MgMeeting {
  id: string;
  /** ISO date (YYYY-MM-DD). */
  date: string;
  status: string;
}

export interface MgAttendee {
  memberId: string;
  name: string;
  role: string;
  attendance: string;
  representing: string;
  keyPosts: string;
  party: string;
}

export interface MgMeetingDetail extends MgMeeting {
  attendees: MgAttendee[];
}

export interface MgCouncillor {
  id: string;
  name: string;
  party: string;
  keyPosts: string;
}

export interface MgCommitteePage {
  purpose: string | null;
  members: { memberId: string | null; name: string; role: string }[];
}

/** Where in the sync a request was made, so that an error can say where it stopped. */
export interface RequestPlace {
  operation: string;
  committeeId?: string;
}
