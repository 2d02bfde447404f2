package org.parley.coding;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.nlp.ParsedSentence;

/** Turns a coded event into a row of the events table, with a deterministic id. */
public final class EventRows {

  private EventRows() {}

  /** The events-table row for one coded event of an article. */
  public static Event toEvent(Article article, ParsedSentence sentence, CodedEvent e) {
    Actor src = e.source();
    Actor tgt = e.target();
    String id = Hashing.sha256()
        .hashString(String.join("|",
            article.getArticleId(),
            Integer.toString(e.sentenceIndex()),
            Integer.toString(e.predicate()),
            src.code(), Integer.toString(src.head()),
            tgt == null ? "" : tgt.code(), tgt == null ? "" : Integer.toString(tgt.head()),
            e.code().code(),
            Boolean.toString(e.negated())), StandardCharsets.UTF_8)
        .toString()
        .substring(0, 20);
    return Event.builder()
        .setEventId(id)
        .setArticleId(article.getArticleId())
        .setPublicationDate(article.getPublicationDate())
        .setEventDate(e.date().isoDate())
        .setEventDateBasis(e.date().basis().column())
        .setEventDateText(e.date().text())
        .setSentenceIndex(e.sentenceIndex())
        .setSourceText(src.text())
        .setSourceCode(src.code())
        .setSourceCountry(src.country())
        .setSourceSector(src.sector())
        .setSourceEntry(src.entryId())
        .setActionText(e.actionText())
        .setCameoCode(e.code().code())
        .setCameoRoot(e.code().root())
        .setQuadClass(e.code().quadClass())
        .setGoldstein(e.code().goldstein())
        .setPloverEvent(e.code().ploverEvent())
        .setActionEntry(e.pattern().id())
        .setTargetText(tgt == null ? null : tgt.text())
        .setTargetCode(tgt == null ? null : tgt.code())
        .setTargetCountry(tgt == null ? null : tgt.country())
        .setTargetSector(tgt == null ? null : tgt.sector())
        .setTargetEntry(tgt == null ? null : tgt.entryId())
        .setNegated(e.negated())
        .setConfidence(e.confidence())
        .setRule(e.rule())
        .setSentenceText(sentence.text())
        .setUrl(article.getUrl())
        .setSourceName(article.getSourceName())
        .setInputFile(article.getInputFile())
        .build();
  }
}
