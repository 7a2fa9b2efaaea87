// Messages with parts that are elements (a link, content in its own lang) inside translated text:
// the order of the parts is the language's, as the catalogue writes it ("{city} action plan",
// "Cynllun gweithredu {city}").
import type { ReactNode } from "react";
import { useIntl } from "react-intl";
import type { MessageKey } from "./messages";

export type RichTranslate = (key: MessageKey, values: Record<string, ReactNode>) => ReactNode;

export function useRichT(): RichTranslate {
  const intl = useIntl();
  return (key, values) => <>{intl.formatMessage({ id: key }, values)}</>;
}
