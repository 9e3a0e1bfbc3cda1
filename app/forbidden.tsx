import { RefusalPage } from "./_components/refusal-page";

export default function Forbidden() {
  return <RefusalPage kind="forbidden" standalone />;
}
