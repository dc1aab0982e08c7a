package com.consort.knowledge.internal.partner;

import com.consort.knowledge.Facet;
import com.consort.knowledge.ImportFormat;
import com.consort.knowledge.PartnerDirectory;
import com.consort.knowledge.Vocabulary;
import java.io.InputStream;
import java.util.Collection;
import java.util.Map;

/** {@link PartnerDirectory}'s reader of partner files: the {@link PartnerImporter}. */
public final class PartnerFileReader implements PartnerDirectory.Reader {

    private final PartnerImporter importer;

    public PartnerFileReader(Vocabulary vocabulary) {
        this.importer = new PartnerImporter(vocabulary);
    }

    @Override
    public PartnerDirectory.Read parse(InputStream in, ImportFormat format, Map<Facet, ? extends Collection<String>> existing) {
        PartnerImporter.Parsed parsed = importer.parse(in, format, existing);
        return new PartnerDirectory.Read(parsed.partners(), parsed.rejected(), parsed.warnings());
    }
}
