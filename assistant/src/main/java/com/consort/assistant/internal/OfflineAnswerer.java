package com.consort.assistant.internal;

import com.consort.knowledge.CorpusTerms;
import com.consort.knowledge.PartnerNames;
import com.consort.assistant.ConversationState;
import com.consort.knowledge.DocumentRepository;
import com.consort.knowledge.Facet;
import com.consort.knowledge.PartnerDirectory;
import com.consort.knowledge.PartnerRepository;
import com.consort.knowledge.Vocabulary;
import com.consort.knowledge.ChunkSearch;
import com.consort.knowledge.Constraints;
import com.consort.knowledge.PartnerSearch;
import com.consort.prompts.PromptRegistry;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The offline assistant: reads the seller's turn once ({@link QueryTransformer}), decides what it asks for
 * ({@link TurnInterpreter}) and answers it with the answer for that intent, from retrieval and the assistant templates.
 * Deterministic: the same question over the same data gives the same answer.
 */
public final class OfflineAnswerer {

    /** Partners in one shortlist. */
    static final int SHORTLIST = 5;

    private final QueryTransformer transformer;
    private final TurnInterpreter interpreter = new TurnInterpreter();
    private final CorpusTerms corpus;
    private final PartnerAnswer partners;
    private final PartnerDetailAnswer detail;
    private final ProgrammeAnswer programme;
    private final EvidenceAnswer evidence;

    public OfflineAnswerer(PartnerSearch search, ChunkSearch chunks, PartnerDirectory directory, DocumentRepository documents,
            PartnerRepository partnerRepository, Vocabulary vocabulary, PromptRegistry prompts, String vendorName,
            PartnerNames partnerNames) {
        // the vendor's own name is in every programme passage, so it says nothing about which passage answers
        Set<String> vendorWords = Set.copyOf(KeyTerms.of(vendorName == null ? "" : vendorName));
        var retriever = new ChunkRetriever(chunks);
        var words = new DirectoryWords(vocabulary);
        this.transformer = new QueryTransformer(search);
        // one learning of the index for the search's word criteria and the answers'
        this.corpus = search.corpus() != null ? search.corpus() : new CorpusTerms(documents, partnerRepository);
        this.partners = new PartnerAnswer(search, retriever, vocabulary, words, corpus, vendorWords, prompts);
        this.detail = new PartnerDetailAnswer(retriever, directory, documents, words, prompts);
        this.programme = new ProgrammeAnswer(retriever, documents, vocabulary, corpus, vendorWords, prompts);
        this.evidence = new EvidenceAnswer(retriever, directory, documents, vocabulary, words, corpus, vendorWords, partnerNames, prompts);
    }

    /** The seller's turn read once, for every stage that answers it. */
    public Query read(String question) {
        return transformer.transform(question);
    }

    /** Answers one turn, read by {@link #read}, given the state the conversation is in. */
    public Reply answer(Query query, ConversationState state) {
        String question = query.text();
        var turn = interpreter.interpret(question, state, !query.read().isEmpty(),
                query.read().byFacet().containsKey(Facet.TEMPLATE), corpus.current().programmeScore(question));
        return switch (turn.intent()) {
            case PARTNER_DETAIL -> detail.answer(state, turn.shortlistIndex());
            case PROGRAMME -> programme.answer(question, state);
            case EVIDENCE -> evidence.answer(query);
            case REFINE -> partners.answer(searched(state),
                    Query.constraints(state.constraints(), state.includeInactive()).overriddenBy(query.read()), true, SHORTLIST);
            case PARTNERS -> partners.answer(query, Constraints.NONE, false, SHORTLIST);
        };
    }

    /** The question the conversation's search started from, as read then. */
    private Query searched(ConversationState state) {
        // a state stored before the reading was kept in it: its question is read again, once
        return state.reading() == null ? transformer.transform(state.question()) : Query.kept(state.question(), state.reading());
    }

    /** The question's terms that are the programme documents' own vocabulary, as learnt from the index (for diagnostics). */
    public List<String> programmeTerms(String question) {
        return corpus.current().programmeTerms(question);
    }
}
