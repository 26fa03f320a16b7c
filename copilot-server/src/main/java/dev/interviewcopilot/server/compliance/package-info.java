/**
 * Protected-topic linting: recognises text that touches a characteristic an interview must not consider (age,
 * family status, religion, national origin, disability and health, and their proxies) and offers a job-related
 * alternative. Used on bank items now and on AI drafts and interviewer questions later. Depends on nothing else in
 * the service.
 */
package dev.interviewcopilot.server.compliance;
