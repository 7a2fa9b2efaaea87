// npm run ferretdb: builds the embedded database (FerretDB) into .cache/ once, ahead of first use.
import { ensureFerretBinary } from "~/utils/ferretdb.server";

try {
  console.log(ensureFerretBinary());
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
