import { StatusTag } from "~/app/_components/status-tag";

export function AssessmentStatusTag({ status }: { status: "open" | "closed" }) {
  return status === "open" ? (
    <StatusTag tone="info" size="xsmall">
      Åpen for svar
    </StatusTag>
  ) : (
    <StatusTag tone="neutral" size="xsmall">
      Avsluttet
    </StatusTag>
  );
}
