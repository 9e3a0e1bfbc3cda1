"use client";

import { Loader } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";
import { JoinFlow } from "./join-flow";
import { forgetToken, storedToken, storeToken, subscribeTokens } from "./participant-storage";
import { ParticipantView } from "./participant-view";

/**
 * Join with the code, then answer the open tasks; the token survives a reload in this browser.
 * `followSamling`: no language was chosen in this browser, so the samling's language applies.
 */
export function DeltaApp({ initialCode, followSamling }: { initialCode: string; followSamling: boolean }) {
  const t = useTranslations("delta");
  const [code, setCode] = useState(initialCode);
  // localStorage exists only in the browser: on the server the answer is "not known yet".
  const token = useSyncExternalStore(
    subscribeTokens,
    () => storedToken(code),
    () => undefined,
  );

  if (token === undefined) return <Loader title={t("loading")} />;
  if (token === null) {
    return (
      <JoinFlow
        initialCode={code}
        followSamling={followSamling}
        onJoined={(joinedCode, gatheringId, newToken) => {
          // A reload finds the samling again from the address.
          window.history.replaceState(null, "", `/delta?kode=${encodeURIComponent(joinedCode)}`);
          setCode(joinedCode);
          storeToken(joinedCode, gatheringId, newToken);
        }}
      />
    );
  }
  return <ParticipantView token={token} onLeave={() => forgetToken(code)} />;
}
