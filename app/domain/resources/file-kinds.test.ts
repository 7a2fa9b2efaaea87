import { describe, expect, it } from "vitest";
import { checkFileKind, extensionOf, formatFileSize, tooLargeMessage } from "./file-kinds";

describe("which files a resource may be", () => {
  it("takes a PDF named .pdf, as a PDF", () => {
    const check = checkFileKind("Pre-reading.PDF", "pdf");
    expect(check).toEqual({
      ok: true,
      kind: { extension: "pdf", sniffed: "pdf", contentType: "application/pdf", label: "a PDF" },
    });
  });

  it("tells the three Office 97–2003 formats apart by their extension", () => {
    const types = ["a.doc", "a.ppt", "a.xls"].map((name) => {
      const check = checkFileKind(name, "cfb");
      return check.ok ? check.kind.contentType : check.message;
    });
    expect(types).toEqual(["application/msword", "application/vnd.ms-powerpoint", "application/vnd.ms-excel"]);
  });

  it("refuses slides named .pdf, saying what the content is", () => {
    expect(checkFileKind("slides.pdf", "pptx")).toEqual({
      ok: false,
      message:
        "“slides.pdf” is named .pdf but its content is PowerPoint slides (.pptx): rename it or choose the right file.",
    });
  });

  it("refuses an image named .pdf", () => {
    expect(checkFileKind("scan.pdf", "png")).toEqual({
      ok: false,
      message:
        "“scan.pdf” is named .pdf but its content is not a PDF (it reads as .png): choose a PDF, a Word document (.docx, .doc, .odt), slides (.pptx, .ppt, .odp) or a spreadsheet (.xlsx, .xls, .ods).",
    });
  });

  it("refuses a plain ZIP named .docx", () => {
    expect(checkFileKind("notes.docx", "zip")).toEqual({
      ok: false,
      message:
        "“notes.docx” is named .docx but its content is not a Word document (it reads as .zip): choose a PDF, a Word document (.docx, .doc, .odt), slides (.pptx, .ppt, .odp) or a spreadsheet (.xlsx, .xls, .ods).",
    });
  });

  it("refuses a name with an extension that is not a document, whatever the content", () => {
    expect(checkFileKind("setup.exe", "pdf")).toEqual({
      ok: false,
      message:
        "“setup.exe” is not a file type resources can be: choose a PDF, a Word document (.docx, .doc, .odt), slides (.pptx, .ppt, .odp) or a spreadsheet (.xlsx, .xls, .ods).",
    });
  });

  it("reads the extension in lower case, and none from a name without one", () => {
    expect([extensionOf("A.DocX"), extensionOf("README"), extensionOf("archive.tar.gz")]).toEqual(["docx", "", "gz"]);
  });

  it("shows sizes in bytes, KB and MB", () => {
    expect([formatFileSize(1), formatFileSize(999), formatFileSize(830_000), formatFileSize(20_000_000)]).toEqual([
      "1 byte",
      "999 bytes",
      "830 KB",
      "20 MB",
    ]);
    expect(tooLargeMessage("big.pdf", 20_000_000)).toBe(
      "“big.pdf” is larger than 20 MB, the most a resource can be: make it smaller (for slides, save as PDF) or add it as a link.",
    );
  });
});
