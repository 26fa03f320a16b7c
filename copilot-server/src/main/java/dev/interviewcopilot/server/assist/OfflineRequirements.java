package dev.interviewcopilot.server.assist;

import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.bank.RoleFamily;
import dev.interviewcopilot.server.bank.RoleProfile;
import dev.interviewcopilot.server.bank.SeniorityLevel;
import dev.interviewcopilot.server.bank.SkillMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline engine's reading of a job description, from the bank alone: the role family and seniority from the
 * titles the bank lists (the job title line counts most), years of experience when no level is named, skills from
 * the taxonomy (must-have or nice-to-have by the headings and wording around them), and competencies from what the
 * bank's questions on those skills evaluate. Deterministic for the same input.
 */
final class OfflineRequirements {
    /** A title in the first line weighs this many mentions in the body. */
    private static final int TITLE_WEIGHT = 3;
    /** Support (items tagged with the job's skills, must-haves counting twice) a competency needs to be named. */
    static final int MIN_SUPPORT = 4;
    /** Competencies named at most; the strongest first. */
    private static final int MAX_COMPETENCIES = 8;

    /** The words before "hiring" that make it an announcement: "we are", "we're", "is", "are", "now". */
    private static final Pattern HIRING_ANNOUNCEMENT =
            Pattern.compile("(?i)\\b(we\\s+are|we're|is|are|now|currently)\\s+$");

    private static final Pattern YEARS =
            Pattern.compile("(?i)\\b(\\d{1,2})\\s*\\+?\\s*(?:(?:-|–|to)\\s*\\d{1,2}\\s*)?\\+?\\s*years?\\b");
    /** In the body, a level word counts only before one of these ("senior engineers", not "our staff"). */
    private static final String ROLE_NOUNS =
            "(?:[\\s-]+(?:software|backend|frontend|data|ml|mobile|platform|full[\\s-]?stack))?[\\s-]+"
                    + "(?:engineers?|developers?|level|roles?|positions?|scientists?|managers?)";

    private final QuestionBank bank;
    /** Every role family's titles, lower case. */
    private final Set<String> roleTitles = new HashSet<>();
    /** Skill id to the competencies of the active items tagged with it, with how many items each. */
    private final Map<String, Map<String, Integer>> competenciesBySkill = new HashMap<>();

    OfflineRequirements(QuestionBank bank) {
        this.bank = bank;
        for (RoleFamily family : bank.roleFamilies()) {
            family.titles().forEach(t -> roleTitles.add(t.toLowerCase(Locale.ROOT)));
        }
        for (QuestionItem item : bank.items()) {
            if (item.active()) {
                for (String tag : item.tags()) {
                    competenciesBySkill
                            .computeIfAbsent(tag, t -> new TreeMap<>())
                            .merge(item.competency(), 1, Integer::sum);
                }
            }
        }
    }

    Optional<Finding> role(String text, JobSections sections) {
        TextSpan title = sections.titleLine();
        Optional<Finding> best = Optional.empty();
        int bestScore = 0;
        for (RoleFamily family : bank.roleFamilies()) {
            int score = 0;
            Optional<TextSpan> first = Optional.empty();
            for (String phrase : family.titles()) {
                Matcher m = wholeWords(phrase).matcher(text);
                while (m.find()) {
                    boolean inTitle = m.start() >= title.start() && m.end() <= title.end();
                    score += inTitle ? TITLE_WEIGHT : 1;
                    TextSpan span = TextSpan.at(m.start(), m.group());
                    if (first.isEmpty() || inTitle && !within(first.get(), title)) {
                        first = Optional.of(span);
                    }
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = Optional.of(new Finding(family.id(), first));
            }
        }
        return best;
    }

    Optional<Finding> seniority(String text, JobSections sections) {
        TextSpan title = sections.titleLine();
        List<SeniorityLevel> levels = bank.seniorityLevels().stream()
                .sorted(Comparator.comparingInt(SeniorityLevel::rank).reversed())
                .toList();
        for (SeniorityLevel level : levels) {
            for (String word : level.titles()) {
                Matcher m = wholeWords(word).matcher(title.text());
                if (m.find()) {
                    return Optional.of(
                            new Finding(level.id(), Optional.of(TextSpan.at(title.start() + m.start(), m.group()))));
                }
            }
        }
        for (SeniorityLevel level : levels) {
            for (String word : level.titles()) {
                Matcher m = Pattern.compile(wholeWords(word).pattern() + ROLE_NOUNS, Pattern.CASE_INSENSITIVE)
                        .matcher(text);
                if (m.find()) {
                    return Optional.of(new Finding(level.id(), Optional.of(TextSpan.at(m.start(), m.group()))));
                }
            }
        }
        Matcher years = YEARS.matcher(text);
        if (years.find()) {
            int asked = Integer.parseInt(years.group(1));
            return levels.stream()
                    .filter(level ->
                            level.minYears().isPresent() && level.minYears().get() <= asked)
                    .findFirst()
                    .map(level -> new Finding(level.id(), Optional.of(TextSpan.at(years.start(), years.group()))));
        }
        return Optional.empty();
    }

    /** Whether a mention is the verb of a hiring announcement ("We are hiring", "now hiring"), not a skill. */
    private static boolean announcement(String text, SkillMention mention) {
        if (!mention.text().equalsIgnoreCase("hiring")) {
            return false;
        }
        String before = text.substring(Math.max(0, mention.start() - 24), mention.start());
        return HIRING_ANNOUNCEMENT.matcher(before).find();
    }

    /** Each skill once, at its strongest: a must-have anywhere beats a nice-to-have elsewhere. */
    List<SkillRequirement> skills(String text, JobSections sections) {
        Map<String, SkillRequirement> bySkill = new LinkedHashMap<>();
        for (SkillMention mention : bank.skills().mentions(text)) {
            Importance importance = sections.importanceAt(mention.start());
            if (importance == null
                    || roleTitles.contains(mention.text().toLowerCase(Locale.ROOT))
                    || announcement(text, mention)) {
                // "Backend" or "Data Engineer" names the role being hired, not a skill it asks for; nor does the
                // "hiring" of "we are hiring".
                continue;
            }
            SkillRequirement requirement = new SkillRequirement(
                    Optional.of(mention.skill().id()),
                    mention.skill().name(),
                    importance,
                    new TextSpan(mention.start(), mention.end(), mention.text()));
            bySkill.merge(
                    mention.skill().id(),
                    requirement,
                    (old, now) ->
                            old.importance() == Importance.NICE && now.importance() == Importance.MUST ? now : old);
        }
        List<SkillRequirement> skills = new ArrayList<>(bySkill.values());
        skills.sort(Comparator.comparing(SkillRequirement::importance));
        return skills;
    }

    /**
     * The competencies the skills point at: for each competency, how many bank items evaluating it are tagged with
     * a skill the job asks for (a must-have counts twice). Only competencies of the role's profile count when the
     * role is known. Each comes with the words of the skill that supports it most.
     */
    List<Finding> competencies(List<SkillRequirement> skills, Optional<String> role, Optional<String> seniority) {
        Set<String> allowed = profileCompetencies(role, seniority);
        Map<String, Integer> support = new LinkedHashMap<>();
        Map<String, SkillRequirement> strongest = new HashMap<>();
        Map<String, Integer> strongestCount = new HashMap<>();
        for (SkillRequirement skill : skills) {
            if (skill.skill().isEmpty()) {
                continue;
            }
            int weight = skill.importance() == Importance.MUST ? 2 : 1;
            Map<String, Integer> counts =
                    competenciesBySkill.getOrDefault(skill.skill().get(), Map.of());
            counts.forEach((competency, count) -> {
                if (!allowed.isEmpty() && !allowed.contains(competency)) {
                    return;
                }
                support.merge(competency, weight * count, Integer::sum);
                if (weight * count > strongestCount.getOrDefault(competency, 0)) {
                    strongestCount.put(competency, weight * count);
                    strongest.put(competency, skill);
                }
            });
        }
        return support.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_SUPPORT)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(MAX_COMPETENCIES)
                .map(e -> new Finding(
                        e.getKey(), Optional.of(strongest.get(e.getKey()).span())))
                .toList();
    }

    private Set<String> profileCompetencies(Optional<String> role, Optional<String> seniority) {
        if (role.isEmpty()) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        for (RoleProfile profile : bank.roleProfiles()) {
            if (profile.role().equals(role.get())
                    && (seniority.isEmpty() || profile.seniority().contains(seniority.get()))) {
                profile.competencies().forEach(c -> ids.add(c.id()));
            }
        }
        return ids;
    }

    private static boolean within(TextSpan span, TextSpan outer) {
        return span.start() >= outer.start() && span.end() <= outer.end();
    }

    /** A phrase as whole words, case-insensitive, spaces and dashes alike. */
    private static Pattern wholeWords(String phrase) {
        String[] words = phrase.toLowerCase(Locale.ROOT).split("[\\s-]+");
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append("[\\s-]+");
            }
            regex.append(Pattern.quote(words[i]));
        }
        regex.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
