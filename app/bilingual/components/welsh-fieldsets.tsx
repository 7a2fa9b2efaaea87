// The "in Welsh (optional)" fields beside a form's English ones (decision 038). The inputs are
// marked Welsh, so spelling checkers and screen readers treat what is typed as Welsh.
import type { ReactNode } from "react";
import { TextAreaField, TextField, type Field } from "~/components/form-fields";
import { useT } from "~/i18n/use-t";

/** The Welsh fields' frame: one legend and one hint for every form that has Welsh versions. */
function WelshFieldset({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <fieldset className="fieldset welsh-fields">
      <legend className="form-section">{t("bilingual.welshVersions")}</legend>
      <p className="field__hint">{t("bilingual.welshVersionsHint")}</p>
      {children}
    </fieldset>
  );
}

export function WelshConveningFieldset({ fields }: { fields: { titleCy: Field; summaryCy: Field; aimsCy: Field } }) {
  const t = useT();
  return (
    <WelshFieldset>
      <TextField field={fields.titleCy} label={t("bilingual.titleCy")} type="text" lang="cy" />
      <TextAreaField field={fields.summaryCy} label={t("bilingual.summaryCy")} lang="cy" />
      <TextAreaField
        field={fields.aimsCy}
        label={t("bilingual.aimsCy")}
        hint={t("bilingual.aimsCyHint")}
        rows={5}
        lang="cy"
      />
    </WelshFieldset>
  );
}

export function WelshSessionFieldset({ fields }: { fields: { titleCy: Field; descriptionCy: Field } }) {
  const t = useT();
  return (
    <WelshFieldset>
      <TextField field={fields.titleCy} label={t("bilingual.titleCy")} type="text" lang="cy" />
      <TextAreaField field={fields.descriptionCy} label={t("bilingual.descriptionCy")} lang="cy" />
    </WelshFieldset>
  );
}
