/**
 * A real OpenID Connect provider (the `oidc-provider` package) on a port of this machine: what the
 * single sign-on tests sign in against, and what `npm run dev:idp` runs for `make dev`.
 *
 * Two ways to sign in:
 * - `auto` (tests): the provider's login and consent interactions complete at once as the account
 *   `nextAccount` names (set by the test before it starts a sign-in);
 * - `dev`: oidc-provider's own dev interactions, a form where any login and password sign in
 *   (the login is the email, or a name that gets `@<emailDomain>`).
 *
 * The provider signs with an RS256 key made here, so a test can re-sign a tampered ID token
 * (`tamperIdToken`) exactly as the provider would, and check that the academy refuses it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose';
import Provider, { type Configuration } from 'oidc-provider';

export interface IdpAccount {
  /** The IdP's subject identifier. */
  sub: string;
  email: string;
  emailVerified?: boolean;
  name?: string;
  /** Claim `groups` (what a tenant's roleClaim usually names). */
  groups?: string[];
}

export interface IdpClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
}

export interface IdpOptions {
  clients: IdpClient[];
  /** @default 0: a free port */
  port?: number;
  /** @default 127.0.0.1 */
  host?: string;
  /** @default 'auto' */
  mode?: 'auto' | 'dev';
  /** Accounts known up front (`auto` signs in as `nextAccount`; `dev` also makes one per login). */
  accounts?: IdpAccount[];
  /** Host name in the issuer URL. @default host */
  issuerHost?: string;
  /** `dev` mode: the domain of an email made from a bare login. @default example.com */
  emailDomain?: string;
}

export interface Idp {
  issuer: string;
  /** The provider's clients: add to them before the first request reaches it. */
  clients: IdpClient[];
  /** The account `auto` signs in as next (by sub). */
  nextAccount?: string;
  accounts: Map<string, IdpAccount>;
  /** Changes the claims of the next ID tokens the token endpoint answers with (re-signed with the provider's key). */
  tamperIdToken?: (claims: JWTPayload) => JWTPayload;
  /** With tamperIdToken: sign with a key of nobody's, under the provider's key id (a forged signature). */
  forgeSignature?: boolean;
  /** Token requests seen (grant codes), newest last. */
  tokenRequests: number;
  /** Requests for the discovery document seen. */
  discoveryRequests: number;
  /** While true the discovery document answers 503 (the rest of the provider works). */
  failDiscovery?: boolean;
  stop(): Promise<void>;
}

export async function startIdp(opts: IdpOptions): Promise<Idp> {
  const host = opts.host ?? '127.0.0.1';
  const mode = opts.mode ?? 'auto';
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(privateKey)), kid: 'idp-1', alg: 'RS256', use: 'sig' };
  const accounts = new Map((opts.accounts ?? []).map((a) => [a.sub, a]));
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, host, resolve));
  const port = (server.address() as AddressInfo).port;
  const issuer = `http://${opts.issuerHost ?? host}:${port}`;

  const accountOf = (id: string): IdpAccount => {
    let a = accounts.get(id);
    if (!a) {
      const email = id.includes('@') ? id : `${id}@${opts.emailDomain ?? 'example.com'}`;
      a = { sub: id, email, emailVerified: true, name: id.split('@')[0] };
      accounts.set(id, a);
    }
    return a;
  };

  const config = (): Configuration => ({
    clients: idp.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: c.redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    jwks: { keys: [jwk as never] },
    pkce: { required: () => true },
    scopes: ['openid', 'email', 'profile', 'groups'],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
    // The academy reads the claims from the ID token (a userinfo call is its fallback).
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: mode === 'dev' } },
    async findAccount(_ctx, id) {
      if (mode === 'auto' && !accounts.has(id)) return undefined;
      const a = accountOf(id);
      return {
        accountId: id,
        async claims() {
          return { sub: a.sub, email: a.email, email_verified: a.emailVerified ?? true, name: a.name ?? a.email, groups: a.groups ?? [] };
        },
      };
    },
    ...(mode === 'auto' ? { interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` } } : {}),
    cookies: { keys: ['dev-idp-cookie-key'] },
    ttl: { AuthorizationCode: 60, IdToken: 600, AccessToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
  });
  // Made on the first request, so clients may be added until then (an academy whose port is known
  // only after it started with this issuer). Plain http: its cookies are not Secure.
  let made: { provider: Provider; callback: ReturnType<Provider['callback']> } | undefined;
  const ready = () => {
    if (!made) {
      const provider = new Provider(issuer, config());
      made = { provider, callback: provider.callback() };
    }
    return made;
  };

  const idp: Idp = {
    issuer,
    clients: [...opts.clients],
    accounts,
    tokenRequests: 0,
    discoveryRequests: 0,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  /** `auto`: finishes login (as nextAccount) and consent (every requested scope) without a page. */
  async function interact(req: IncomingMessage, res: ServerResponse) {
    const { provider } = ready();
    const details = await provider.interactionDetails(req, res);
    const { prompt, params } = details;
    if (prompt.name === 'login') {
      const sub = idp.nextAccount;
      if (!sub || !accounts.has(sub)) {
        res.statusCode = 400;
        return res.end('no account to sign in as (set nextAccount)');
      }
      return provider.interactionFinished(req, res, { login: { accountId: sub } }, { mergeWithLastSubmission: false });
    }
    const grant = new provider.Grant({ accountId: details.session!.accountId, clientId: params.client_id as string });
    grant.addOIDCScope(String(params.scope));
    const grantId = await grant.save();
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  /** The token endpoint's answer, its ID token's claims changed by tamperIdToken and re-signed. */
  function tamperTokenResponse(res: ServerResponse) {
    const chunks: Buffer[] = [];
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    res.write = ((chunk: Buffer | string) => (chunks.push(Buffer.from(chunk)), true)) as never;
    res.end = ((chunk?: Buffer | string) => {
      if (chunk) chunks.push(Buffer.from(chunk));
      const text = Buffer.concat(chunks).toString();
      let out = text;
      const finish = () => {
        if (!res.headersSent) res.setHeader('content-length', Buffer.byteLength(out));
        write(out);
        return end();
      };
      try {
        const body = JSON.parse(text);
        if (body.id_token && idp.tamperIdToken) {
          const header = decodeProtectedHeader(body.id_token);
          const claims = idp.tamperIdToken(decodeJwt(body.id_token));
          void (idp.forgeSignature ? generateKeyPair('RS256').then((k) => k.privateKey) : Promise.resolve(privateKey))
            .then((key) => new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: header.kid, typ: header.typ }).sign(key))
            .then((signed) => {
              out = JSON.stringify({ ...body, id_token: signed });
              finish();
            });
          return res;
        }
      } catch {
        /* not JSON: pass through */
      }
      return finish();
    }) as never;
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (mode === 'auto' && path.startsWith('/interaction/')) {
      interact(req, res).catch((err) => {
        res.statusCode = 500;
        res.end(String(err));
      });
      return;
    }
    if (path === '/.well-known/openid-configuration') {
      idp.discoveryRequests++;
      if (idp.failDiscovery) {
        res.statusCode = 503;
        return void res.end('discovery is down');
      }
    }
    if (path === '/token') {
      idp.tokenRequests++;
      if (idp.tamperIdToken) tamperTokenResponse(res);
    }
    ready().callback(req, res);
  });
  return idp;
}
