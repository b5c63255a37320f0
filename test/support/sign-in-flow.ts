import type { FastifyInstance } from "fastify";
import type { LightMyRequestResponse } from "fastify";

/** The `name=value` of the session cookie a response sets, as a Cookie header sends it back; undefined when it sets none. */
export function sessionCookieOf(response: LightMyRequestResponse): string | undefined {
  const headers = response.headers["set-cookie"];
  const all = Array.isArray(headers) ? headers : headers ? [headers] : [];
  const line = all.find((cookie) => cookie.startsWith("gov_session="));
  return line?.split(";")[0];
}

/** True when the response clears the session cookie (sign-out, an ended session). */
export function clearsSessionCookie(response: LightMyRequestResponse): boolean {
  const cookie = sessionCookieOf(response);
  const headers = response.headers["set-cookie"];
  const line = (Array.isArray(headers) ? headers : [headers ?? ""]).find((value) => value.startsWith("gov_session="));
  return cookie === "gov_session=" || /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(line ?? "");
}

/**
 * Follows the identity provider's pages as a browser would (its redirects,
 * its login form with the given login, its consent form), keeping the
 * provider's cookies, until it redirects back to the service.
 * @returns the URL it sends the browser back to (the service's /auth/callback?code=...)
 */
export async function passProviderPages(start: string, login: string, serviceBaseUrl: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = start;
  let body: string | undefined;
  for (let step = 0; step < 20; step++) {
    const response = await fetch(url, {
      method: body ? "POST" : "GET",
      redirect: "manual",
      headers: {
        cookie: [...jar].map(([name, value]) => `${name}=${value}`).join("; "),
        ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      ...(body ? { body } : {}),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const pair = cookie.split(";")[0] ?? "";
      const at = pair.indexOf("=");
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    if (response.status >= 300 && response.status < 400) {
      const next = new URL(response.headers.get("location") ?? "", url);
      if (next.href.startsWith(serviceBaseUrl)) return next;
      url = next.href;
      body = undefined;
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`The identity provider answered ${response.status} without a form at ${url}: ${html.slice(0, 500)}`);
    body = new URLSearchParams(prompt === "login" ? { prompt, login, password: "any password" } : { prompt }).toString();
    url = new URL(action.replaceAll("&amp;", "&"), url).href;
  }
  throw new Error("The identity provider did not send the browser back within 20 steps");
}

/**
 * Signs in through the real provider: the service's /auth/sign-in (in-process),
 * the provider's pages (over HTTP), then the service's /auth/callback.
 * @returns the session cookie and where the callback sent the browser
 */
export async function signInThroughProvider(
  app: FastifyInstance,
  serviceBaseUrl: string,
  login: string,
  returnTo = "/",
): Promise<{ cookie: string; location: string }> {
  const start = await app.inject({ method: "GET", url: `/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}` });
  if (start.statusCode !== 302) throw new Error(`/auth/sign-in answered ${start.statusCode}: ${start.body}`);
  const flowCookie = sessionCookieOf(start);
  if (!flowCookie) throw new Error("/auth/sign-in set no session cookie");
  const back = await passProviderPages(String(start.headers.location), login, serviceBaseUrl);
  const callback = await app.inject({ method: "GET", url: `${back.pathname}${back.search}`, headers: { cookie: flowCookie } });
  const cookie = sessionCookieOf(callback);
  if (callback.statusCode !== 303 || !cookie) throw new Error(`/auth/callback answered ${callback.statusCode}: ${callback.body}`);
  return { cookie, location: String(callback.headers.location) };
}
