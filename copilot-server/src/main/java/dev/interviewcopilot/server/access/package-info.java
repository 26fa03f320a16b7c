/**
 * Who may call the service and what they may see: API tokens (kept as SHA-256 hashes) with a role each, the
 * first-start admin token, the request filter that authenticates and rate-limits every call, the route table of
 * which roles may use which route, and the rule that a caller sees only the interviews and question sets that are
 * theirs (anything else answers 404, as if it did not exist). Imports no feature package: the owners of a resource
 * come through {@link dev.interviewcopilot.server.access.Owners}.
 */
package dev.interviewcopilot.server.access;
