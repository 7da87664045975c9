import type { Finding } from "../form8k/schema.js";

export type { Finding };
