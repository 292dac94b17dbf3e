/**
 * The e-identity adapter: an OpenID Connect relying party (authorisation code + PKCE) for VNeID or any
 * standard provider. With DEV_TOOLS and no configured issuer, it points at the built-in dev provider.
 */
import * as client from 'openid-client';
import type { AppConfig } from '../config.js';
import { DEV_OIDC_CLIENT_ID, DEV_OIDC_PREFIX } from './dev-provider.js';

export interface ExternalIdentity {
  subject: string;
  idNumber: string | null;
  fullName: string | null;
  phone: string | null;
}

export interface IdentityProvider {
  /** The provider's sign-in URL for a new attempt, with what the callback must check. */
  start(): Promise<{ url: string; state: string; nonce: string; codeVerifier: string }>;
  /** Exchanges the callback's code for the asserted identity. */
  finish(
    callbackUrl: URL,
    checks: { state: string; nonce: string; codeVerifier: string },
  ): Promise<ExternalIdentity>;
}

export interface IdentitySettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  insecure: boolean;
  /** Development only: the built-in stand-in provider is served by this process. */
  isDevProvider: boolean;
}

/** Which provider to use: the configured one, the dev stand-in with DEV_TOOLS, or none. */
export function identitySettings(config: AppConfig): IdentitySettings | null {
  const redirectUri = `${config.publicUrl}/api/v1/auth/vneid/callback`;
  if (config.oidc) {
    return {
      ...config.oidc,
      redirectUri,
      insecure: config.oidc.issuer.startsWith('http:'),
      isDevProvider: false,
    };
  }
  if (!config.devTools) return null;
  return {
    issuer: `${config.publicUrl}${DEV_OIDC_PREFIX}`,
    clientId: DEV_OIDC_CLIENT_ID,
    clientSecret: '',
    redirectUri,
    insecure: true,
    isDevProvider: true,
  };
}

function claimString(claims: Record<string, unknown>, key: string): string | null {
  const value = claims[key];
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** Creates the relying party; discovery happens on first use, so start-up never waits for the provider. */
export function createIdentityProvider(
  settings: IdentitySettings,
  fetchImpl?: client.CustomFetch,
): IdentityProvider {
  let configuration: Promise<client.Configuration> | undefined;
  const configure = () => {
    configuration ??= client
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        settings.clientSecret ? { client_secret: settings.clientSecret } : undefined,
        settings.clientSecret ? undefined : client.None(),
        {
          ...(settings.insecure ? { execute: [client.allowInsecureRequests] } : {}),
          ...(fetchImpl ? { [client.customFetch]: fetchImpl } : {}),
        },
      )
      .catch((error: unknown) => {
        configuration = undefined;
        throw error;
      });
    return configuration;
  };
  return {
    async start() {
      const config = await configure();
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        scope: 'openid profile',
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url: url.toString(), state, nonce, codeVerifier };
    },
    async finish(callbackUrl, checks) {
      const config = await configure();
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
      });
      const claims = (tokens.claims() ?? {}) as Record<string, unknown>;
      const subject = claimString(claims, 'sub');
      if (!subject) throw new Error('identity provider returned no subject');
      return {
        subject: `${settings.issuer}#${subject}`,
        idNumber: claimString(claims, 'identity_number'),
        fullName: claimString(claims, 'name'),
        phone: claimString(claims, 'phone_number'),
      };
    },
  };
}
