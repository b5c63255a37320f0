import type { GraphQLError } from "graphql";
import { type ErrorCode, govError } from "../../errors.ts";
import type { RequestPlace } from "./moderngov-records.ts";

export type ModernGovErrorCode = Extract<ErrorCode, `GOV_MODERNGOV_${string}`>;

/** Says where it happened: the operation (or page) and the committee, as the sync record keeps them. */
export function describePlace(place: RequestPlace): string {
  return place.committeeId ? `${place.operation} for committee ${place.committeeId}` : place.operation;
}

/** An error of the ModernGov sync naming the operation and the committee it stopped at. */
export function moderngovError(code: ModernGovErrorCode, place: RequestPlace, detail: string): GraphQLError {
  return govError(code, { detail: `${describePlace(place)}: ${detail}`, operation: place.operation, committeeId: place.committeeId ?? null });
}

/** Thrown by the parsers; the client adds the place. */
export class UnusableAnswer extends Error {
  override name = "UnusableAnswer";
}
