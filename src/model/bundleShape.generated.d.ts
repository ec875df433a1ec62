/**
 * The bundle schema (schema.ts) compiled by Ajv: whether a parsed JSON value has a bundle's
 * shape. Yes or no only; valibot words the problems of a value it refuses (load.ts).
 */
export declare function validate(data: unknown): boolean;
