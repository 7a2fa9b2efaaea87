import { describe, expect, it } from "vitest";
import { attachmentDisposition, cleanFilename } from "./content-disposition";

describe("a download's Content-Disposition", () => {
  it("gives a plain name as it is, in both forms", () => {
    expect(attachmentDisposition("action-plan.pdf")).toBe(
      `attachment; filename="action-plan.pdf"; filename*=UTF-8''action-plan.pdf`,
    );
  });

  it("keeps the exact UTF-8 name in filename* and an ASCII one beside it", () => {
    expect(attachmentDisposition("Plan d’action – Cardiff.docx")).toBe(
      `attachment; filename="Plan daction  Cardiff.docx"; filename*=UTF-8''Plan%20d%E2%80%99action%20%E2%80%93%20Cardiff.docx`,
    );
  });

  it("turns quotes, backslashes and percent signs into underscores in the ASCII name", () => {
    expect(attachmentDisposition('a "b" 100%.pdf')).toBe(
      `attachment; filename="a _b_ 100_.pdf"; filename*=UTF-8''a%20%22b%22%20100%25.pdf`,
    );
  });

  it("names a file whose name is all non-ASCII 'download' in the ASCII form", () => {
    expect(attachmentDisposition("計画.pdf")).toBe(
      `attachment; filename="download.pdf"; filename*=UTF-8''%E8%A8%88%E7%94%BB.pdf`,
    );
  });

  it("drops folders, line breaks and leading dots, so a header cannot be split or a path smuggled", () => {
    expect(cleanFilename("..\\..\\etc/pass\r\nwd.pdf")).toBe("pass" + "wd.pdf");
    expect(attachmentDisposition("x\r\nSet-Cookie: a=b.pdf")).toBe(
      `attachment; filename="xSet-Cookie: a=b.pdf"; filename*=UTF-8''xSet-Cookie%3A%20a%3Db.pdf`,
    );
    expect(cleanFilename("...hidden.pdf")).toBe("hidden.pdf");
    expect(cleanFilename("  ")).toBe("download");
  });
});
