// The respondent's questions: a 1–5 choice (with "no answer") per scored question as a radio
// group in its own fieldset, a text area per open question, each with its error beside it.
import { ANSWER_TEXT_MAX, SCORE_LABELS, type FeedbackQuestion } from "~/domain/feedback/feedback-rules";

const fieldId = (key: string) => `q-${key}`;

function ScoreQuestion({ question, value, error }: { question: FeedbackQuestion; value: string; error?: string }) {
  const id = fieldId(question.key);
  return (
    <fieldset
      className={error ? "field field--error" : "field"}
      id={id}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{question.text}</legend>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <div className="cluster">
        {[1, 2, 3, 4, 5].map((score) => (
          <label key={score}>
            <input type="radio" name={question.key} value={String(score)} defaultChecked={value === String(score)} />{" "}
            {SCORE_LABELS[score]}
          </label>
        ))}
        <label>
          <input type="radio" name={question.key} value="" defaultChecked={!/^[1-5]$/.test(value)} /> No answer
        </label>
      </div>
    </fieldset>
  );
}

function TextQuestion({ question, value, error }: { question: FeedbackQuestion; value: string; error?: string }) {
  const id = fieldId(question.key);
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor={id}>{question.text}</label>
      <p className="field__hint" id={`${id}-hint`}>
        Optional, up to {ANSWER_TEXT_MAX.toLocaleString("en-GB")} characters.
      </p>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        name={question.key}
        rows={4}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ")}
      />
    </div>
  );
}

export function FeedbackQuestions({
  questions,
  values,
  errors,
}: {
  questions: FeedbackQuestion[];
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  return (
    <>
      {questions.map((question) =>
        question.kind === "text" ? (
          <TextQuestion
            key={question.key}
            question={question}
            value={values[question.key] ?? ""}
            error={errors[question.key]}
          />
        ) : (
          <ScoreQuestion
            key={question.key}
            question={question}
            value={values[question.key] ?? ""}
            error={errors[question.key]}
          />
        ),
      )}
    </>
  );
}

export const feedbackFieldId = fieldId;
