import { RefusalPage } from "~/app/_components/refusal-page";

export default function Forbidden() {
  return <RefusalPage kind="forbidden" standalone={false} />;
}
