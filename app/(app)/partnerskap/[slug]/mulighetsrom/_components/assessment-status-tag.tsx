import { useTranslations } from "next-intl";
import { StatusTag } from "~/app/_components/status-tag";

export function AssessmentStatusTag({ status }: { status: "open" | "closed" }) {
  const t = useTranslations("mulighetsrom.assessmentStatus");
  return (
    <StatusTag tone={status === "open" ? "info" : "neutral"} size="xsmall">
      {t(status)}
    </StatusTag>
  );
}
