// Registers a model once (dev rebuilds re-import modules) with its schema's inferred type.
import mongoose, { type InferSchemaType, type Model, type Schema } from "mongoose";

export function registerModel<TSchema extends Schema>(name: string, schema: TSchema) {
  return (mongoose.models[name] ?? mongoose.model(name, schema)) as Model<InferSchemaType<TSchema>>;
}
