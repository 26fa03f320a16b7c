/**
 * HTTP plumbing shared by every endpoint: the error hierarchy and its single mapping to RFC 9457 problem+json,
 * request ids, the access log, the JSON codec, query-parameter parsing and the OpenAPI document. Imports no
 * feature package.
 */
package dev.interviewcopilot.server.http;
