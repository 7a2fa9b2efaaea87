// What a file's content is, from its first bytes (magic numbers), by file-type: PDF, the Office
// and OpenDocument ZIP formats told apart by their entries, the OLE container of Office 97–2003.
import { fileTypeFromBuffer } from "file-type";

/** How many leading bytes are kept to sniff: enough for a ZIP's first entries. */
export const SNIFF_BYTES = 1024 * 1024;

/** The extension the content reads as ("pdf", "docx", "cfb" …), or undefined when it is none known. */
export async function sniffExtension(leadingBytes: Uint8Array): Promise<string | undefined> {
  try {
    return (await fileTypeFromBuffer(leadingBytes))?.ext;
  } catch {
    // A cut-off or corrupt archive is no known type.
    return undefined;
  }
}
