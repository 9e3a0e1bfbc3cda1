import { Tag } from "@navikt/ds-react/Tag";
import {
  CheckmarkCircleIcon,
  CircleIcon,
  ExclamationmarkTriangleIcon,
  InformationSquareIcon,
} from "@navikt/aksel-icons";

export type StatusTone = "success" | "warning" | "neutral" | "info" | "danger";

const icons: Record<StatusTone, React.ReactNode> = {
  success: <CheckmarkCircleIcon aria-hidden />,
  warning: <ExclamationmarkTriangleIcon aria-hidden />,
  neutral: <CircleIcon aria-hidden />,
  info: <InformationSquareIcon aria-hidden />,
  danger: <ExclamationmarkTriangleIcon aria-hidden />,
};

/** Status shown as text, colour and icon together: colour is never the only signal. */
export function StatusTag({ tone, children, size = "small" }: { tone: StatusTone; children: React.ReactNode; size?: "small" | "xsmall" | "medium" }) {
  return (
    <Tag data-color={tone} variant="moderate" size={size} icon={icons[tone]}>
      {children}
    </Tag>
  );
}
