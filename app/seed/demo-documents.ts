// Small PDFs made in code for the demo (no binary files in the repository): the programme's
// action-planning template and a briefing, as text pages in Helvetica. Pure: text in, bytes out.

/** Text inside a PDF string: backslashes and parentheses escaped, to Latin-1 (WinAnsi) only. */
function pdfText(value: string): string {
  return value
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/[\\()]/g, (char) => `\\${char}`);
}

export type PdfLine = { text: string; size?: number; gap?: number };

/** A one-page A4 PDF of these lines, top to bottom. */
export function textPdf(title: string, lines: PdfLine[]): Uint8Array {
  let y = 800;
  const operations = lines.map((line) => {
    y -= line.gap ?? 18;
    return `BT /F1 ${line.size ?? 11} Tf 56 ${y} Td (${pdfText(line.text)}) Tj ET`;
  });
  const content = operations.join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Title (${pdfText(title)}) /Producer (Inclusive Cities planner) >>`,
  ];
  let body = "%PDF-1.4\n";
  const offsets = objects.map((object, index) => {
    const offset = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

const row = (text: string): PdfLine => ({ text, gap: 16 });

/** The action-planning template each city fills in for its action plan. */
export function actionPlanTemplatePdf(): Uint8Array {
  return textPdf("Inclusive Cities action-planning template", [
    { text: "Inclusive Cities: action-planning template", size: 18, gap: 0 },
    { text: "One page per action. Bring a draft to the next City Working Group meeting.", gap: 28 },
    { text: "1. The action", size: 13, gap: 30 },
    row("What will change, for whom, and by when?"),
    row("Framework principle (1-5) and theme (1-5) it serves:"),
    { text: "2. Ownership", size: 13, gap: 30 },
    row("Owner (name and role):"),
    row("Strategic sponsor who unblocks it:"),
    row("Partners in the taskforce (employers, agencies, voluntary sector):"),
    { text: "3. Resources", size: 13, gap: 30 },
    row("Staff time, budget and data needed; where they come from:"),
    { text: "4. Evidence and follow-through", size: 13, gap: 30 },
    row("How will you know it landed? Data to collect, and when:"),
    row("Due date:                 Status (open, in progress, done, dropped):"),
    row("Next review at the City Working Group:"),
    { text: "5. Learning", size: 13, gap: 30 },
    row("What could another city learn from this? Who should you talk to?"),
  ]);
}

/** A briefing for the first meeting: the programme's aims and cities. */
export function firstMeetingBriefingPdf(): Uint8Array {
  return textPdf("Briefing for the first City Working Group meeting", [
    { text: "First City Working Group meeting: briefing", size: 18, gap: 0 },
    { text: "Glasgow, 19-20 October 2017", gap: 24 },
    { text: "The programme", size: 13, gap: 30 },
    row("Inclusive Cities supports UK cities and their local partners to achieve a step-change"),
    row("in their approach to the inclusion of newcomers, drawing on European and US practice."),
    { text: "Founder cities", size: 13, gap: 30 },
    row("Bristol, Cardiff, Glasgow, Liverpool, Peterborough; London as an associate member."),
    { text: "Before the meeting", size: 13, gap: 30 },
    row("Agree your city's strategic sponsor and operational lead, and think about who"),
    row("should sit on your local taskforce."),
  ]);
}
