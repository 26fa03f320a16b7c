package dev.interviewcopilot.server.bank;

import dev.interviewcopilot.server.compliance.ProtectedTopic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A loaded, validated question bank. The curated content is immutable; the one change it accepts is an item a
 * reviewer approved from a draft ({@link #admit}), which joins the bank for search and interviews at once. Reads
 * are lock-free snapshots, so a reader never sees half an admission.
 */
public final class QuestionBank {
    private volatile List<QuestionItem> items;
    private volatile Map<UUID, QuestionItem> itemsById;
    private final List<Competency> competencies;
    private final List<RoleFamily> roleFamilies;
    private final List<SeniorityLevel> seniorityLevels;
    private final List<RoleProfile> roleProfiles;
    private final SkillTaxonomy skills;
    private final List<ScorecardTemplate> scorecardTemplates;
    private final List<ProtectedTopic> protectedTopics;
    private final String contentHash;

    /**
     * Creates a bank from already validated parts; {@link BankLoader} is the usual way to get one.
     *
     * @param contentHash a hash of the bank's files that changes whenever any of them does
     */
    public QuestionBank(
            List<QuestionItem> items,
            List<Competency> competencies,
            List<RoleFamily> roleFamilies,
            List<SeniorityLevel> seniorityLevels,
            List<RoleProfile> roleProfiles,
            SkillTaxonomy skills,
            List<ScorecardTemplate> scorecardTemplates,
            List<ProtectedTopic> protectedTopics,
            String contentHash) {
        this.items = List.copyOf(items);
        Map<UUID, QuestionItem> byId = new LinkedHashMap<>();
        items.forEach(item -> byId.put(item.id(), item));
        this.itemsById = Map.copyOf(byId);
        this.competencies = List.copyOf(competencies);
        this.roleFamilies = List.copyOf(roleFamilies);
        this.seniorityLevels = List.copyOf(seniorityLevels);
        this.roleProfiles = List.copyOf(roleProfiles);
        this.skills = skills;
        this.scorecardTemplates = List.copyOf(scorecardTemplates);
        this.protectedTopics = List.copyOf(protectedTopics);
        this.contentHash = contentHash;
    }

    /**
     * Adds an item a reviewer approved (it carries its {@link QuestionItem#origin()}). The content hash stays that
     * of the curated files: reviewed items live in the database, not in them.
     *
     * @throws IllegalArgumentException if the item has no origin or its id is taken
     */
    public synchronized void admit(QuestionItem item) {
        if (item.origin().isEmpty()) {
            throw new IllegalArgumentException(
                    "only reviewed items join a loaded bank; " + item.id() + " has no origin");
        }
        if (itemsById.containsKey(item.id())) {
            throw new IllegalArgumentException("the bank already has an item " + item.id());
        }
        List<QuestionItem> more = new ArrayList<>(items);
        more.add(item);
        Map<UUID, QuestionItem> byId = new LinkedHashMap<>(itemsById);
        byId.put(item.id(), item);
        this.itemsById = Map.copyOf(byId);
        this.items = List.copyOf(more);
    }

    /** Every item, active and retired, in file order, then the reviewed items in the order they were approved. */
    public List<QuestionItem> items() {
        return items;
    }

    /** The item with this id, whatever its status. */
    public Optional<QuestionItem> item(UUID id) {
        return Optional.ofNullable(itemsById.get(id));
    }

    /** The number of items offered for new interviews. */
    public long activeItemCount() {
        return items.stream().filter(QuestionItem::active).count();
    }

    public List<Competency> competencies() {
        return competencies;
    }

    public List<RoleFamily> roleFamilies() {
        return roleFamilies;
    }

    public List<SeniorityLevel> seniorityLevels() {
        return seniorityLevels;
    }

    public List<RoleProfile> roleProfiles() {
        return roleProfiles;
    }

    /** The skill taxonomy that item tags and job descriptions resolve against. */
    public SkillTaxonomy skills() {
        return skills;
    }

    public List<ScorecardTemplate> scorecardTemplates() {
        return scorecardTemplates;
    }

    /** The protected-topic rules the bank was linted with. */
    public List<ProtectedTopic> protectedTopics() {
        return protectedTopics;
    }

    /** A hash of the bank's files: equal hashes mean equal content. */
    public String contentHash() {
        return contentHash;
    }
}
