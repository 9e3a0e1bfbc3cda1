import { toNextJsHandler } from "better-auth/next-js";
import { handleAuthRequest } from "~/server/auth/handler";
import { checkRequestOrigin, foreignOriginResponse } from "~/server/security/same-origin";

const handlers = toNextJsHandler(handleAuthRequest);

// Sign-in and sign-out change state: only our own pages may post them (server/security/same-origin.ts).
export const GET = handlers.GET;
export async function POST(request: Request): Promise<Response> {
  const origin = checkRequestOrigin(request);
  if (!origin.allowed) return foreignOriginResponse(origin.reason);
  return handlers.POST(request);
}
