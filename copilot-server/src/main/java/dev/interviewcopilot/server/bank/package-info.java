/**
 * The curated question bank: its model (records), and the loader that reads the YAML files, validates them
 * against the JSON Schemas, checks ids and references and lints every item for protected topics. A bank that
 * fails any check stops start-up with one message per problem. Depends on {@code compliance} only.
 */
package dev.interviewcopilot.server.bank;
