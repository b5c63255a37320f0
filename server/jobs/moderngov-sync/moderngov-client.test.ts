import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeModernGov, fixtureFolders, startFakeModernGov } from "../../../test/support/fake-moderngov.ts";
import { checkHost } from "./host-policy.ts";
import { createModernGovClient } from "./moderngov-client.ts";

const FIXTURES = fileURLToPath(new URL("../../../test/fixtures/moderngov/wrenfield/", import.meta.url));

describe("the ModernGov client against a local stand-in", () => {
  let fake: FakeModernGov;
  beforeAll(async () => {
    fake = await startFakeModernGov(fixtureFolders(FIXTURES));
  });
  afterAll(() => fake.close());

  const client = (transport: "GET" | "SOAP") =>
    createModernGovClient({ baseUrl: fake.url, policy: { allowed: [fake.host] }, timeoutMs: 5000, attempts: 2, backoffMs: 10, concurrency: 2, transport });

  it("reads the same committees, meetings and meeting by GET and by SOAP", async () => {
    for (const transport of ["GET", "SOAP"] as const) {
      const mg = client(transport);
      expect((await mg.committees()).map((committee) => committee.title)).toEqual(["Wrenfield Health and Wellbeing Board", "Adults' Social Care Scrutiny Committee", "Wrenfield and Oakmere Joint Liaison Panel"]);
      expect((await mg.meetings("101", "2025-01-01", "2025-12-31")).map((meeting) => meeting.id)).toEqual(["7001", "7002", "7005"]);
      expect((await mg.meeting("101", "7003")).attendees[0]).toMatchObject({ memberId: "2002", role: "Chair" });
    }
    expect(fake.requests.filter((request) => request.via === "SOAP").map((request) => request.operation)).toEqual(["GetCommittees", "GetMeetings", "GetMeeting"]);
    expect(fake.requests.find((request) => request.via === "SOAP" && request.operation === "GetMeetings")?.params).toMatchObject({ lCommitteeId: "101", sFromDate: "01/01/2025", sToDate: "31/12/2025" });
  });

  it("gives no purpose and no members for a committee without a page", async () => {
    expect(await client("GET").committeePage("102")).toEqual({ purpose: null, members: [] });
  });

  it("refuses hosts by the allow-list, and private addresses behind a listed name", async () => {
    const place = { operation: "GetCommittees" };
    await expect(checkHost(new URL("http://127.0.0.1:9/"), { allowed: [] }, place)).rejects.toMatchObject({ extensions: { code: "GOV_MODERNGOV_HOST_REFUSED" } });
    await expect(checkHost(new URL("ftp://example.org/"), { allowed: null }, place)).rejects.toThrow(/ftp: is not http or https/);
    await expect(checkHost(new URL("http://localhost:9/"), { allowed: ["localhost:9"] }, place)).rejects.toThrow(/resolves to the private or loopback address/);
    await expect(checkHost(new URL(fake.url), { allowed: [fake.host] }, place)).resolves.toBeUndefined();
    await expect(checkHost(new URL("http://10.0.0.1/"), { allowed: null }, place)).resolves.toBeUndefined();
  });
});
