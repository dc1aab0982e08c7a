package com.consort.knowledge.internal.track;

import com.consort.knowledge.ImportFormat;
import com.consort.knowledge.Opportunities;
import com.consort.knowledge.TrackRecordSettings;
import com.consort.knowledge.Vocabulary;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** {@link Opportunities}' reader of CRM exports: the configured and the file's column names, then the importer. */
public final class OpportunityFileReader implements Opportunities.Reader {

    private final Vocabulary vocabulary;

    public OpportunityFileReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public Opportunities.Read read(InputStream in, ImportFormat format, TrackRecordSettings settings, Map<String, String> mapping,
            Function<String, Optional<String>> partnerIds) {
        OpportunityColumns columns = new OpportunityColumns(settings.columns()).with(mapping);
        var importer = new OpportunityImporter(vocabulary, partnerIds, settings.defaultCurrency());
        var parsed = importer.parse(in, format, columns);
        return new Opportunities.Read(parsed.opportunities(), parsed.rejected(), parsed.warnings());
    }
}
