import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import type { RequestPlace } from "./moderngov-records.ts";
import { moderngovError } from "./sync-errors.ts";

/**
 * Which hosts the sync may fetch from. `allowed: null` is the operator's
 * command line without MODERNGOV_HOSTS: any host. Otherwise the host (or
 * host:port) must be listed, and a name that resolves to a private or loopback
 * address is refused unless that address itself is listed: a listed name
 * pointed at the internal network must not reach it.
 */
export interface HostPolicy {
  allowed: readonly string[] | null;
}

function isPrivateAddress(address: string): boolean {
  const v4 = address.startsWith("::ffff:") ? address.slice(7) : address;
  if (isIP(v4) === 4) {
    const [a = 0, b = 0] = v4.split(".").map(Number);
    return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
  }
  const v6 = address.toLowerCase();
  return v6 === "::1" || v6 === "::" || v6.startsWith("fc") || v6.startsWith("fd") || v6.startsWith("fe80");
}

/** @throws GOV_MODERNGOV_HOST_REFUSED naming the host and why */
export async function checkHost(url: URL, policy: HostPolicy, place: RequestPlace): Promise<void> {
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw moderngovError("GOV_MODERNGOV_HOST_REFUSED", place, `${url.protocol} is not http or https`);
  }
  if (policy.allowed === null) return;
  const hostname = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const withPort = url.port ? `${hostname}:${url.port}` : hostname;
  const listed = (name: string) => policy.allowed?.includes(name) || (url.port !== "" && policy.allowed?.includes(`${name}:${url.port}`));
  if (!listed(hostname) && !policy.allowed.includes(withPort)) {
    throw moderngovError("GOV_MODERNGOV_HOST_REFUSED", place, `${withPort} is not in MODERNGOV_HOSTS`);
  }
  if (isIP(hostname)) return;
  let addresses: { address: string }[];
  try {
    addresses = await lookup(hostname, { all: true });
  } catch (error) {
    throw moderngovError("GOV_MODERNGOV_UNREACHABLE", place, `${hostname} has no address (${(error as Error).message})`);
  }
  const inside = addresses.find(({ address }) => isPrivateAddress(address) && !listed(address));
  if (inside) {
    throw moderngovError("GOV_MODERNGOV_HOST_REFUSED", place, `${hostname} resolves to the private or loopback address ${inside.address}, which is not in MODERNGOV_HOSTS`);
  }
}
