import { useTranslations } from "next-intl";
import { areaKey } from "~/lib/mulighetsrom/model";

/**
 * An area's name (1–20) in the page's language. Works in server and client components; a client
 * component needs "mulighetsrom.areas" among its layout's ClientMessages.
 */
export function useAreaName() {
  const t = useTranslations("mulighetsrom.areas");
  return (no: number) => t(`${areaKey(no)}.name`);
}
