/**
 * A browser in miniature for console tests over HTTP: a cookie jar (every Set-Cookie, by name)
 * and the CSRF token of the last page it read.
 */
export class Visitor {
  readonly jar = new Map<string, string>();
  csrf = '';
  /** The Set-Cookie headers of the last answer, whole. */
  lastSetCookies: string[] = [];

  constructor(public base: string) {}

  get cookie(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(r: Response): Response {
    this.lastSetCookies = r.headers.getSetCookie();
    for (const set of this.lastSetCookies) {
      const [pair = '', ...attributes] = set.split(';');
      const [name = '', ...rest] = pair.trim().split('=');
      const value = rest.join('=');
      if (!value || attributes.some((a) => a.trim() === 'Max-Age=0')) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    return r;
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.keep(
      await fetch(`${this.base}${path}`, {
        headers: { cookie: this.cookie, ...headers },
        redirect: 'manual',
      }),
    );
  }

  async read(path: string): Promise<string> {
    const html = await (await this.get(path)).text();
    this.csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? this.csrf;
    return html;
  }

  async post(
    path: string,
    form: Record<string, string>,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    return this.keep(
      await fetch(`${this.base}${path}`, {
        method: 'POST',
        headers: { cookie: this.cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams(form).toString(),
        redirect: 'manual',
      }),
    );
  }

  /** Local sign-in, as the form does it; ends on the page signing in led to (with its token read). */
  async signIn(role: string, org?: string): Promise<Response> {
    await this.read('/sign-in');
    let r = await this.post('/sign-in', { _csrf: this.csrf, role });
    if (org) {
      await this.read(r.headers.get('location') ?? '');
      r = await this.post(r.headers.get('location') ?? '', { _csrf: this.csrf, org });
    }
    await this.read(r.headers.get('location') ?? '/');
    return r;
  }
}
