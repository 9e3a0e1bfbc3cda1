import { RefusalPage } from "~/app/_components/refusal-page";

export default function NotFound() {
  return <RefusalPage kind="notFound" standalone={false} />;
}
