package dev.interviewcopilot.server.retrieval;

import dev.interviewcopilot.server.bank.KeyPoint;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.bank.RedFlag;
import dev.interviewcopilot.server.bank.SkillTaxonomy;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/** Turns bank items into Lucene documents, and says which text of an item is embedded. */
final class QuestionDocuments {
    private QuestionDocuments() {}

    /**
     * The text whose embedding stands for the item: what is asked, what it evaluates and the model answer's key
     * points. MiniLM reads about 256 word pieces, so the most telling text comes first.
     */
    static String embeddingText(QuestionItem item) {
        return item.question() + "\n" + item.evaluates() + "\n"
                + item.keyPoints().stream().map(KeyPoint::point).collect(Collectors.joining("\n"));
    }

    static Document document(QuestionItem item, int ordinal, float[] vector, SkillTaxonomy skills) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, item.id().toString(), Field.Store.NO));
        doc.add(new BinaryDocValuesField(IndexFields.ID, new BytesRef(UuidBytes.of(item.id()))));
        doc.add(new NumericDocValuesField(IndexFields.ORDINAL, ordinal));
        doc.add(new StringField(IndexFields.STATUS, item.status().wireName(), Field.Store.NO));
        item.roles().forEach(role -> doc.add(new StringField(IndexFields.ROLE, role, Field.Store.NO)));
        item.seniority().forEach(level -> doc.add(new StringField(IndexFields.SENIORITY, level, Field.Store.NO)));
        doc.add(new StringField(IndexFields.COMPETENCY, item.competency(), Field.Store.NO));
        doc.add(new StringField(IndexFields.TYPE, item.type().wireName(), Field.Store.NO));
        doc.add(new TextField(IndexFields.QUESTION, item.question(), Field.Store.NO));
        doc.add(new TextField(IndexFields.EVALUATES, item.evaluates(), Field.Store.NO));
        doc.add(new TextField(
                IndexFields.KEY_POINTS, joined(item.keyPoints().stream().map(KeyPoint::point)), Field.Store.NO));
        doc.add(new TextField(
                IndexFields.RED_FLAGS,
                joined(item.redFlags().stream().map((RedFlag f) -> f.flag() + "\n" + f.soundsLike())),
                Field.Store.NO));
        doc.add(new TextField(IndexFields.TAGS, tagText(item, skills), Field.Store.NO));
        doc.add(new KnnFloatVectorField(IndexFields.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        return doc;
    }

    /**
     * Each tag with its skill's name and synonyms, so the words people actually search with ("k8s", "service level
     * objectives") match. Slugs ("event-sourcing") split into words under the standard tokenizer.
     */
    static String tagText(QuestionItem item, SkillTaxonomy skills) {
        return joined(item.tags().stream()
                .map(tag -> skills.skill(tag)
                        .map(skill -> tag + " ; " + skill.name() + " ; " + String.join(" ; ", skill.synonyms()))
                        .orElse(tag)));
    }

    private static String joined(Stream<String> texts) {
        return texts.collect(Collectors.joining("\n"));
    }
}
