import type { MiddlewareHandler } from 'hono';
import { problem, problemResponse } from './problem.js';

/** Host names that always stand for this machine's loopback interface. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Which `Host` values the server answers (against DNS rebinding: a page of evil.example whose name is made to
 * resolve to 127.0.0.1 sends `Host: evil.example`, and its `Origin` equals that host, so an Origin check alone
 * passes it — as Vite's and webpack's dev servers do, the Host is checked against a list). Entries are `name` (any
 * port) or `name:port`, lower case; `*` turns the check off. Default: the loopback names and the listening
 * address, on the listening port once {@link listening} has been told it (before, on any port: `app.request()`).
 */
export class HostPolicy {
  private port: number | null = null;
  private readonly defaults: Set<string>;

  /** `configured`: the hosts of PLANDIFF_ALLOWED_HOSTS (see {@link allowedHostsFromEnv}), or null for the default */
  constructor(private readonly configured: string[] | null = null) {
    this.defaults = new Set(LOOPBACK_NAMES);
  }

  /** Tells the policy the address the server listens on (adds it to the default hosts and fixes their port). */
  listening(host: string, port: number): void {
    this.port = port;
    const name = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
    if (name !== '0.0.0.0' && name !== '[::]') this.defaults.add(name.toLowerCase());
  }

  /** Whether a request's `host` (name[:port] as in the URL) may be answered. */
  allows(host: string): boolean {
    const value = host.toLowerCase();
    const colon = value.lastIndexOf(':');
    const hasPort = colon > value.lastIndexOf(']');
    const name = hasPort ? value.slice(0, colon) : value;
    const port = hasPort ? Number(value.slice(colon + 1)) : 80;
    if (this.configured) return this.configured.includes('*') || this.configured.includes(value) || this.configured.includes(name);
    return this.defaults.has(name) && (this.port === null || this.port === port);
  }

  /** The hosts allowed, in words (for the refusal). */
  describe(): string {
    if (this.configured) return this.configured.join(', ');
    return [...this.defaults].map((name) => (this.port === null ? name : `${name}:${this.port}`)).join(', ');
  }
}

/**
 * PLANDIFF_ALLOWED_HOSTS as a list (comma-separated `name` or `name:port`, `*` = any), or null when unset or
 * empty (the default policy of {@link HostPolicy}).
 */
export function allowedHostsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] | null {
  const value = env.PLANDIFF_ALLOWED_HOSTS?.trim();
  if (!value) return null;
  return value.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
}

/**
 * Refuses every request (API and viewer) whose Host is not one the {@link HostPolicy} allows, with 403
 * `forbidden-origin` and code HOST_NOT_ALLOWED, naming the allowed hosts and PLANDIFF_ALLOWED_HOSTS.
 */
export function refuseForeignHosts(policy: HostPolicy): MiddlewareHandler {
  return async (c, next) => {
    const host = new URL(c.req.url).host;
    if (policy.allows(host)) return next();
    return problemResponse(
      problem(
        'forbidden-origin',
        `this server answers the hosts ${policy.describe()}, not ${JSON.stringify(host)} (a page may have pointed its own name at this machine); to serve another name, list it in PLANDIFF_ALLOWED_HOSTS`,
        c.req.path,
        'HOST_NOT_ALLOWED',
      ),
    );
  };
}
