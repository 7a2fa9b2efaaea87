import { describe, expect, it } from "vitest";
import { fileTypeFromBuffer } from "file-type";
import { actionPlanTemplatePdf, textPdf } from "./demo-documents";

describe("the demo's PDFs made in code", () => {
  it("are PDFs by their content, with a cross-reference table pointing at each object", async () => {
    const pdf = actionPlanTemplatePdf();
    expect((await fileTypeFromBuffer(pdf))?.ext).toBe("pdf");
    const text = new TextDecoder().decode(pdf);
    const [, xref] = /startxref\n(\d+)\n%%EOF\n$/.exec(text)!;
    expect(text.slice(Number(xref), Number(xref) + 4)).toBe("xref");
    const offsets = [...text.matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]));
    expect(offsets.map((offset) => text.slice(offset, offset + 7))).toEqual([
      "1 0 obj",
      "2 0 obj",
      "3 0 obj",
      "4 0 obj",
      "5 0 obj",
      "6 0 obj",
    ]);
  });

  it("escapes parentheses and backslashes, and writes curly quotes and dashes in plain ASCII", () => {
    const text = new TextDecoder().decode(textPdf("T", [{ text: "Owner (name) – a\\b ‘x’" }]));
    expect(text).toContain("(Owner \\(name\\) - a\\\\b 'x') Tj");
  });
});
