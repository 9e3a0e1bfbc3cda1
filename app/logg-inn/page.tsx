import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getRequestUser } from "~/server/auth/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Logg inn" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ neste?: string }> }) {
  const { neste } = await searchParams;
  const next = safeNext(neste);
  if (await getRequestUser()) redirect(next);
  return (
    <main id="hovedinnhold" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <SignInForm next={next} />
    </main>
  );
}

/** Only same-site paths: never send someone to another host after signing in. */
function safeNext(value: string | undefined): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/";
}
