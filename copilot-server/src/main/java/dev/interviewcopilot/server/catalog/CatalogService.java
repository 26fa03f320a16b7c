package dev.interviewcopilot.server.catalog;

import dev.interviewcopilot.server.bank.Competency;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.RoleFamily;
import dev.interviewcopilot.server.bank.RoleProfile;
import dev.interviewcopilot.server.bank.ScorecardTemplate;
import dev.interviewcopilot.server.bank.SeniorityLevel;
import dev.interviewcopilot.server.http.Json;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;

/** The bank's reference data under {@code /v1}: competencies, roles with their profiles, scorecard templates. */
public final class CatalogService implements HttpService {
    private final QuestionBank bank;

    public CatalogService(QuestionBank bank) {
        this.bank = bank;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/competencies", this::competencies)
                .get("/roles", this::roles)
                .get("/scorecard-templates", this::scorecardTemplates);
    }

    private void competencies(ServerRequest request, ServerResponse response) {
        Json.send(response, new Competencies(bank.competencies()));
    }

    private void roles(ServerRequest request, ServerResponse response) {
        Json.send(response, new Roles(bank.roleFamilies(), bank.seniorityLevels(), bank.roleProfiles()));
    }

    private void scorecardTemplates(ServerRequest request, ServerResponse response) {
        Json.send(response, new ScorecardTemplates(bank.scorecardTemplates()));
    }

    record Competencies(List<Competency> competencies) {}

    record Roles(List<RoleFamily> roleFamilies, List<SeniorityLevel> seniorityLevels, List<RoleProfile> profiles) {}

    record ScorecardTemplates(List<ScorecardTemplate> templates) {}
}
