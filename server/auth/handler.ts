import "server-only";
import { requestClientAddress } from "~/server/security/client-address";
import { auth, CLIENT_ADDRESS_HEADER } from "./auth";

/**
 * better-auth's HTTP handler (app/api/auth/[...all]), given the client address our own way:
 * its rate limiter reads only CLIENT_ADDRESS_HEADER, which we set here (or remove, so a
 * client cannot send it), and never X-Forwarded-For.
 */
export function handleAuthRequest(request: Request): Promise<Response> {
  const headers = new Headers(request.headers);
  const address = requestClientAddress(request.headers);
  if (address) headers.set(CLIENT_ADDRESS_HEADER, address);
  else headers.delete(CLIENT_ADDRESS_HEADER);
  return auth.handler(new Request(request, { headers }));
}
