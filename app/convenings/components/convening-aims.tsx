// A convening's numbered aims, shared by the convening page and its public agenda.
export function ConveningAims({ aims }: { aims: string[] }) {
  if (aims.length === 0) return null;
  return (
    <section aria-labelledby="aims-title">
      <h2 id="aims-title">Aims</h2>
      <ol className="aims">
        {aims.map((aim, index) => (
          <li key={index}>{aim}</li>
        ))}
      </ol>
    </section>
  );
}
