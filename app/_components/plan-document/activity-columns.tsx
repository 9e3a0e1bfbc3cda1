/**
 * The columns of a goal's activity table, the same in the plan document and on the plan's page.
 * A file of its own, so the page does not take in the document's print styles.
 */
export function ActivityColumns() {
  return (
    <thead>
      <tr>
        <th scope="col">Aktivitet</th>
        <th scope="col">Ansvar</th>
        <th scope="col">Når</th>
        <th scope="col">Status</th>
      </tr>
    </thead>
  );
}
