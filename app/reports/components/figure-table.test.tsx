import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FigureTable } from "./figure-table";

describe("a learning report's figure table", () => {
  it("names its caption, heads each column and says in one full-width cell that there are no rows", () => {
    expect(
      renderToStaticMarkup(
        <FigureTable
          captionId="aims-1"
          caption="Summit (2026-03-25)"
          columns={["Aim", "How far met"]}
          empty="No aims were set."
        >
          {[]}
        </FigureTable>,
      ),
    ).toBe(
      '<table><caption id="aims-1">Summit (2026-03-25)</caption><thead><tr><th scope="col">Aim</th><th scope="col">How far met</th></tr></thead>' +
        '<tbody><tr><td colSpan="2">No aims were set.</td></tr></tbody></table>',
    );
  });

  it("shows the rows it is given and no empty line when there is none to say", () => {
    expect(
      renderToStaticMarkup(
        <FigureTable captionId="c" caption="By city" columns={["City", "Done"]} empty={null}>
          <tr>
            <th scope="row">Bristol</th>
            <td>2</td>
          </tr>
        </FigureTable>,
      ),
    ).toBe(
      '<table><caption id="c">By city</caption><thead><tr><th scope="col">City</th><th scope="col">Done</th></tr></thead>' +
        '<tbody><tr><th scope="row">Bristol</th><td>2</td></tr></tbody></table>',
    );
  });
});
