package com.consort.server.eval;

import com.consort.eval.ContentUnderTest;
import com.consort.studio.AssetType;
import com.consort.studio.DraftVersion;
import com.consort.studio.Drafts;
import com.consort.studio.NewDraft;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The content studio behind eval's narrow view of it. Each draft is written exactly as
 * {@code POST /api/studio/drafts} writes it, inside a transaction that is rolled back, so an eval run
 * leaves no drafts in the studio.
 */
final class StudioAdapter implements ContentUnderTest {

    private final Drafts drafts;
    private final TransactionTemplate transactions;

    StudioAdapter(Drafts drafts, TransactionTemplate transactions) {
        this.drafts = drafts;
        this.transactions = transactions;
    }

    @Override
    public DraftView generate(ContentRequest request) {
        return transactions.execute(tx -> {
            tx.setRollbackOnly();
            DraftVersion v = drafts.create(new NewDraft(request.caseStudyDocumentId(), request.partnerId(), request.assetType(),
                    null, null), "eval").version();
            boolean html = AssetType.require(request.assetType()).html();
            return new DraftView(request.assetType(), v.sections(), html ? v.rendered() : null,
                    v.prompts().stream().map(p -> p.id() + "@" + p.version()).toList());
        });
    }
}
