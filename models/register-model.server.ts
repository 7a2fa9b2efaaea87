// Registers a model once (dev rebuilds re-import modules) with its schema's inferred type, and
// names the type `.lean()` reads, so mappers take the schema's own types instead of casts.
import { answerDatabaseUnavailable } from "./database-unavailable.server";
import mongoose, { type FlattenMaps, type InferSchemaType, type Model, type Require_id, type Schema } from "mongoose";

export function registerModel<TSchema extends Schema>(name: string, schema: TSchema) {
  const existing = mongoose.models[name];
  if (existing) return existing as Model<InferSchemaType<TSchema>>;
  answerDatabaseUnavailable(schema);
  return mongoose.model(name, schema) as Model<InferSchemaType<TSchema>>;
}

/** A document as `.lean()` returns it, derived from its schema (as mongoose types lean queries). */
export type LeanDocument<TSchema extends Schema> = Require_id<FlattenMaps<InferSchemaType<TSchema>>>;
