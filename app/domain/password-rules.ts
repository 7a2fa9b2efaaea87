// Password length rules, shown in forms (browser) and enforced on the server.
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
