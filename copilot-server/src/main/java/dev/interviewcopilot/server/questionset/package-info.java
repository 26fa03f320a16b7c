/**
 * The hiring manager's journey: a job description becomes confirmed requirements, then a plan of bank questions per
 * stage that covers them within a time budget, with drafted questions for what the bank lacks; the plan is edited
 * in versions, exported, and good drafts are approved into the bank.
 */
package dev.interviewcopilot.server.questionset;
