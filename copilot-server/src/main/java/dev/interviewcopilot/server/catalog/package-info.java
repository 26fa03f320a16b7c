/**
 * The read API over the bank: hybrid question search, one item with all its guidance, and the reference data
 * (competencies, roles and profiles, scorecard templates). Depends on {@code bank}, {@code retrieval} and
 * {@code http}.
 */
package dev.interviewcopilot.server.catalog;
