/** The slice of a logger the gateway uses (pino's or a test's); its own file so no two gateway files import each other. */
export type GatewayLog = {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
};
