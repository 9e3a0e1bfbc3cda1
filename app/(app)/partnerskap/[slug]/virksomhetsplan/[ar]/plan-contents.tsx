/** The page's table of contents: the plan's five parts, and the comments when there are any. */
export function PlanContents({ hasComments }: { hasComments: boolean }) {
  return (
    <nav aria-label="Innhold i planen">
      <ol className="m-0 flex list-none flex-wrap gap-x-6 gap-y-1 p-0">
        <li>
          <a href="#grunnlag">1. Grunnlag</a>
        </li>
        <li>
          <a href="#om-kontoret">2. Om kontoret</a>
        </li>
        <li>
          <a href="#rammer">3. Rammebetingelser</a>
        </li>
        <li>
          <a href="#satsingsomrader">4. Satsingsområder</a>
        </li>
        <li>
          <a href="#indikatorer">5. Indikatorer</a>
        </li>
        {hasComments && (
          <li>
            <a href="#kommentarer">Kommentarer</a>
          </li>
        )}
      </ol>
    </nav>
  );
}
