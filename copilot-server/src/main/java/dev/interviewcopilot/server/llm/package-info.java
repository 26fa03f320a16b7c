/**
 * Everything that touches models, and the only package that imports LangChain4j. For now: in-process text
 * embeddings for semantic search. Later: the guarded chat gateway, prompt registry, offline drafting engine and
 * PII masking. Imports no feature package.
 */
package dev.interviewcopilot.server.llm;
