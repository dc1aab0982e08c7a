-- A partner's name is of its own words too: "Nordlicht SOC GmbH" says what it does where its directory entry leaves
-- the facet empty. description_words (V692) becomes the name and the description, as PartnerRepository.wordsOf writes
-- them; the column widens to hold both (name 300, description 8000).
ALTER TABLE partner ALTER COLUMN description_words SET DATA TYPE VARCHAR(8400);
UPDATE partner SET description_words = ' ' || TRANSLATE(LOWER(name || COALESCE(' ' || description, '')), '().,;:!?/"''-', '             ') || ' ';
