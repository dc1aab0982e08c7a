/**
 * A build-time tool that no module depends on, so it has no door: {@link com.consort.demodata.DemoDataGenerator}
 * writes the deterministic demo ecosystem of the fictional vendor Orbitly (partners, case studies, programme
 * documents, opportunities and the retrieval-demo suite) through {@code scripts/generate-demo-data.sh}, and {@link
 * com.consort.demodata.DatasetDocumentRenderer} renders a dataset's PDF and DOCX files. Its classes are not in the
 * server jar.
 */
package com.consort.demodata;
