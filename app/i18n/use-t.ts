// Components translate with useT(); the provider (app/i18n/i18n-provider.tsx) holds the reader's
// language and its catalogue, sent by the root loader.
import { useIntl } from "react-intl";
import type { MessageKey, MessageValues } from "./messages";
import type { Translate } from "./translator";

export function useT(): Translate {
  const intl = useIntl();
  return (key: MessageKey, values?: MessageValues) => intl.formatMessage({ id: key }, values);
}
