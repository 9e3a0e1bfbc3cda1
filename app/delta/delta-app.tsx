"use client";

import { Loader } from "@navikt/ds-react";
import { useState, useSyncExternalStore } from "react";
import { JoinFlow } from "./join-flow";
import { forgetToken, storedToken, storeToken, subscribeTokens } from "./participant-storage";
import { ParticipantView } from "./participant-view";

/** Join with the code, then answer the open tasks; the token survives a reload in this browser. */
export function DeltaApp({ initialCode }: { initialCode: string }) {
  const [code, setCode] = useState(initialCode);
  // localStorage exists only in the browser: on the server the answer is "not known yet".
  const token = useSyncExternalStore(
    subscribeTokens,
    () => storedToken(code),
    () => undefined,
  );

  if (token === undefined) return <Loader title="Henter …" />;
  if (token === null) {
    return (
      <JoinFlow
        initialCode={code}
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
