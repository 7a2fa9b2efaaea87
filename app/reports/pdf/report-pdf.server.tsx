// The learning report as a PDF, drawn with @react-pdf/renderer in pure JS (built-in Helvetica,
// no network, no browser): the same figures as the page, in tables, with simple Svg bars.
import { Document, Page, Rect, StyleSheet, Svg, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { MIN_GROUP } from "~/domain/feedback/summary";
import type { LearningReportView } from "../report.server";

const styles = StyleSheet.create({
  page: { padding: 40, fontFamily: "Helvetica", fontSize: 10, lineHeight: 1.4 },
  title: { fontSize: 20, fontFamily: "Helvetica-Bold", lineHeight: 1.2, marginBottom: 6 },
  h2: { fontSize: 14, fontFamily: "Helvetica-Bold", marginTop: 14, marginBottom: 6 },
  h3: { fontSize: 11, fontFamily: "Helvetica-Bold", marginTop: 8, marginBottom: 4 },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#999", paddingVertical: 2 },
  head: { fontFamily: "Helvetica-Bold" },
  wide: { flex: 3, paddingRight: 8 },
  cell: { flex: 1, paddingRight: 4 },
  muted: { color: "#555" },
  quote: { marginVertical: 4, paddingLeft: 8, borderLeftWidth: 2, borderLeftColor: "#1d4ed8" },
});

function Paragraphs({ text, empty }: { text: string; empty: string }) {
  const paragraphs = text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== "");
  if (paragraphs.length === 0) return <Text style={styles.muted}>{empty}</Text>;
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <Text key={index} style={{ marginBottom: 6 }}>
          {paragraph}
        </Text>
      ))}
    </>
  );
}

function Row({ cells, isHead = false }: { cells: string[]; isHead?: boolean }) {
  return (
    <View style={styles.row} wrap={false}>
      {cells.map((cell, index) => (
        <Text key={index} style={[index === 0 ? styles.wide : styles.cell, isHead ? styles.head : {}]}>
          {cell}
        </Text>
      ))}
    </View>
  );
}

function aimMet(hasFeedback: boolean, mean: number | null, answers: number) {
  if (!hasFeedback) return "No feedback collected";
  if (mean === null) return `Fewer than ${MIN_GROUP} answers: not shown`;
  return `${mean} of 5 (${answers} answers)`;
}

function ReportDocument({ report }: { report: LearningReportView }) {
  const { figures } = report;
  const maxRegistered = Math.max(1, ...figures.attendanceByCity.map((row) => row.registered));
  return (
    <Document title={report.title}>
      <Page size="A4" style={styles.page}>
        <Text style={styles.title}>{report.title}</Text>
        <Text style={styles.muted}>
          {report.startsOn} to {report.endsOn}
        </Text>
        <Text style={styles.h2}>Introduction</Text>
        <Paragraphs text={report.introduction} empty="No introduction yet." />
        <Text style={styles.h2}>Summary against aims</Text>
        <Text>
          {figures.totals.convenings} convenings held; {figures.totals.aimsMet} of {figures.totals.aimsMeasured} aims
          with enough feedback were met (mean score 4 or more of 5).
        </Text>
        {figures.convenings.map((convening) => (
          <View key={convening.id}>
            <Text style={styles.h3}>
              {convening.title} ({convening.startsOn})
            </Text>
            <Row isHead cells={["Aim", "How far met"]} />
            {convening.aims.map((aim) => (
              <Row
                key={aim.number}
                cells={[`${aim.number}. ${aim.text}`, aimMet(convening.hasFeedback, aim.mean, aim.answers)]}
              />
            ))}
          </View>
        ))}
      </Page>
      <Page size="A4" style={styles.page}>
        <Text style={styles.h2}>Attendance by city</Text>
        {figures.attendanceByCity.length === 0 ? (
          <Text style={styles.muted}>No registrations were recorded for these convenings.</Text>
        ) : (
          <Row isHead cells={["City", "Attended", "Registered", ""]} />
        )}
        {figures.attendanceByCity.map((row) => (
          <View key={row.cityId} style={styles.row} wrap={false}>
            <Text style={styles.wide}>{row.city}</Text>
            <Text style={styles.cell}>{row.attended}</Text>
            <Text style={styles.cell}>{row.registered}</Text>
            <View style={styles.cell}>
              <Svg width={80} height={8}>
                <Rect x={0} y={0} width={80} height={8} fill="#e5e7eb" />
                <Rect x={0} y={0} width={(80 * row.registered) / maxRegistered} height={8} fill="#1d4ed8" />
              </Svg>
            </View>
          </View>
        ))}
        <Text style={styles.h2}>Actions opened and done</Text>
        <Text style={styles.h3}>By theme</Text>
        <Row isHead cells={["Theme", "Opened", "Done"]} />
        {figures.actionsByTheme.map((row) => (
          <Row key={row.key} cells={[row.label, String(row.opened), String(row.done)]} />
        ))}
        <Text style={styles.h3}>By city</Text>
        <Row isHead cells={["City", "Opened", "Done"]} />
        {figures.actionsByCity.map((row) => (
          <Row key={row.key} cells={[row.label, String(row.opened), String(row.done)]} />
        ))}
      </Page>
      <Page size="A4" style={styles.page}>
        <Text style={styles.h2}>In their words</Text>
        {report.quotes.length === 0 ? <Text style={styles.muted}>No quotes picked.</Text> : null}
        {report.quotes.map((quote) => (
          <View key={quote.id} style={styles.quote} wrap={false}>
            <Text>“{quote.text}”</Text>
            <Text style={styles.muted}>{quote.conveningTitle}</Text>
          </View>
        ))}
        <Text style={styles.h2}>Since the previous report</Text>
        {report.previous ? (
          <>
            <Row isHead cells={["Figure", "Before", "Now", "Change"]} />
            {report.previous.deltas.map((delta) => (
              <Row
                key={delta.label}
                cells={[
                  delta.label,
                  String(delta.before),
                  String(delta.now),
                  delta.change > 0 ? `+${delta.change}` : String(delta.change),
                ]}
              />
            ))}
          </>
        ) : (
          <Text style={styles.muted}>This is the first report.</Text>
        )}
        <Text style={styles.h2}>Conclusions</Text>
        <Paragraphs text={report.conclusions} empty="No conclusions yet." />
      </Page>
    </Document>
  );
}

export function renderReportPdf(report: LearningReportView): Promise<Buffer> {
  return renderToBuffer(<ReportDocument report={report} />);
}

/** "learning-report-spring-2026.pdf": the title, in plain letters. */
export function reportFileName(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-")
    .slice(0, 80);
  return `learning-report${slug ? `-${slug}` : ""}.pdf`;
}
