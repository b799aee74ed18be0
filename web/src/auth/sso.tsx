import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";
import { secondaryButtonClass } from "../ui/status";

/** What the academy's single sign-on looks like to the sign-in page (GET /api/v1/auth/sso). */
export function useSso() {
  return useQuery({
    queryKey: ["auth", "sso"],
    queryFn: () => unwrap(() => api.GET("/api/v1/auth/sso")),
    staleTime: 5 * 60_000,
  });
}

/** The reasons the server's callback sends back as /login?sso_error=<code> (docs/sso.md). */
const SSO_ERRORS: Record<string, string> = {
  sso_state_invalid:
    "The sign-in took too long or was started in another window. Please try again.",
  sso_email_domain:
    "Your email address is not in a domain this academy accepts.",
  sso_email_unverified:
    "Your identity provider did not confirm your email address.",
  sso_token_invalid:
    "The answer from your identity provider could not be verified. Please try again.",
  sso_response_invalid: "Your identity provider did not complete the sign-in.",
  sso_not_configured: "This academy has no single sign-on.",
};

export function ssoErrorMessage(code: string | null): string | undefined {
  if (!code) return undefined;
  return (
    SSO_ERRORS[code] ??
    "Signing in with your identity provider failed. Please try again."
  );
}

/**
 * "Sign in with <provider>": a plain link (a full-page navigation), since the flow goes through
 * the provider's pages and comes back to `next` with the session cookie set.
 */
export function SsoButton({
  displayName,
  next,
}: {
  displayName: string;
  next: string;
}) {
  return (
    <a
      href={`/api/v1/auth/sso/start?next=${encodeURIComponent(next)}`}
      className={`${secondaryButtonClass} block w-full text-center`}
    >
      Sign in with {displayName}
    </a>
  );
}
