// Which documents a convening's resources may be, and how a file's name and its content must
// agree. The content is sniffed from its first bytes (magic numbers); the name's extension must
// name the same kind. The old binary Office formats (.doc, .ppt, .xls) share one container
// (OLE compound file), so within it the extension says which of the three it is.

export type FileKind = {
  extension: string;
  /** What sniffing the content reports for this kind ("cfb" for the three OLE formats). */
  sniffed: string;
  contentType: string;
  /** What the content is, as a sentence says it ("a PDF", "PowerPoint slides"). */
  label: string;
};

export const FILE_KINDS: readonly FileKind[] = [
  { extension: "pdf", sniffed: "pdf", contentType: "application/pdf", label: "a PDF" },
  {
    extension: "docx",
    sniffed: "docx",
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    label: "a Word document",
  },
  { extension: "doc", sniffed: "cfb", contentType: "application/msword", label: "a Word 97–2003 document" },
  {
    extension: "odt",
    sniffed: "odt",
    contentType: "application/vnd.oasis.opendocument.text",
    label: "an OpenDocument text",
  },
  {
    extension: "pptx",
    sniffed: "pptx",
    contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    label: "PowerPoint slides",
  },
  {
    extension: "ppt",
    sniffed: "cfb",
    contentType: "application/vnd.ms-powerpoint",
    label: "PowerPoint 97–2003 slides",
  },
  {
    extension: "odp",
    sniffed: "odp",
    contentType: "application/vnd.oasis.opendocument.presentation",
    label: "OpenDocument slides",
  },
  {
    extension: "xlsx",
    sniffed: "xlsx",
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    label: "an Excel spreadsheet",
  },
  { extension: "xls", sniffed: "cfb", contentType: "application/vnd.ms-excel", label: "an Excel 97–2003 spreadsheet" },
  {
    extension: "ods",
    sniffed: "ods",
    contentType: "application/vnd.oasis.opendocument.spreadsheet",
    label: "an OpenDocument spreadsheet",
  },
];

/** The extensions a file input offers (its accept attribute). */
export const ACCEPTED_EXTENSIONS = FILE_KINDS.map((kind) => `.${kind.extension}`).join(",");

export const ALLOWED_TYPES_SENTENCE =
  "a PDF, a Word document (.docx, .doc, .odt), slides (.pptx, .ppt, .odp) or a spreadsheet (.xlsx, .xls, .ods)";

/** The lower-case extension of a file name ("" when it has none). */
export function extensionOf(filename: string): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(filename);
  return match ? match[1].toLowerCase() : "";
}

export type FileKindCheck = { ok: true; kind: FileKind } | { ok: false; message: string };

/**
 * Whether a file named `filename` whose content sniffed as `sniffed` (undefined: no known type)
 * may be stored, and as which kind; otherwise the message shown at the file field.
 */
export function checkFileKind(filename: string, sniffed: string | undefined): FileKindCheck {
  const extension = extensionOf(filename);
  const named = FILE_KINDS.find((kind) => kind.extension === extension);
  if (!named) {
    return {
      ok: false,
      message: `“${filename}” is not a file type resources can be: choose ${ALLOWED_TYPES_SENTENCE}.`,
    };
  }
  if (named.sniffed === sniffed) return { ok: true, kind: named };
  const actual = FILE_KINDS.find((kind) => kind.sniffed === sniffed);
  if (actual) {
    const extensions = FILE_KINDS.filter((kind) => kind.sniffed === sniffed).map((kind) => `.${kind.extension}`);
    return {
      ok: false,
      message: `“${filename}” is named .${extension} but its content is ${actual.sniffed === "cfb" ? "an Office 97–2003 file" : actual.label} (${extensions.join(", ")}): rename it or choose the right file.`,
    };
  }
  return {
    ok: false,
    message: `“${filename}” is named .${extension} but its content is not ${named.label}${sniffed ? ` (it reads as .${sniffed})` : ""}: choose ${ALLOWED_TYPES_SENTENCE}.`,
  };
}

/** "2.4 MB", "830 KB", "512 bytes": a file's size as shown beside its name. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1).replace(/\.0$/, "")} MB`;
}

/** The message at the file field when a file is larger than the limit. */
export function tooLargeMessage(filename: string, maxBytes: number): string {
  return `“${filename}” is larger than ${formatFileSize(maxBytes)}, the most a resource can be: make it smaller (for slides, save as PDF) or add it as a link.`;
}
