// One table of a learning report's figures: its caption (named by id, so its section can point to
// it), column headings, and a line said in the table when there are no rows.
import type { ReactNode } from "react";

export function FigureTable({
  captionId,
  caption,
  columns,
  empty,
  children,
}: {
  captionId: string;
  caption: ReactNode;
  columns: string[];
  empty?: ReactNode;
  children: ReactNode;
}) {
  return (
    <table>
      <caption id={captionId}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {empty ? (
          <tr>
            <td colSpan={columns.length}>{empty}</td>
          </tr>
        ) : null}
        {children}
      </tbody>
    </table>
  );
}
