package com.consort.studio.internal;

import com.consort.studio.BrandKit;
import com.consort.studio.BrandKits;
import com.consort.knowledge.Partner;
import com.consort.knowledge.PartnerDirectory;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Brand kits in studio_brand_kit, created on first use; see {@link BrandKits}. */
final class BrandKitStore implements BrandKits {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    /** The demo vendor's brand, beside its data: no vendor's name is written into the code. */
    static final java.util.Properties SEED = seedProperties();

    private static java.util.Properties seedProperties() {
        var properties = new java.util.Properties();
        try (var in = BrandKitStore.class.getResourceAsStream("/demo/brand-kit.properties")) {
            if (in != null) {
                properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }

    static final String DEFAULT_VENDOR = SEED.getProperty("name", "Our company");

    private final JdbcClient jdbc;
    private final PartnerDirectory partners;
    private final JsonMapper json;

    BrandKitStore(JdbcClient jdbc, PartnerDirectory partners, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.partners = partners;
    }

    /** The vendor's kit, seeded with the demo vendor's brand when none exists yet. */
    @Override
    public BrandKit vendor() {
        return find(BrandKit.VENDOR).orElseGet(() -> seed(new BrandKit(BrandKit.VENDOR, null, DEFAULT_VENDOR, null,
                "#1d2433", "#2457c5",
                "Clear, confident and practical. Short sentences, active voice, concrete outcomes; no hype.",
                SEED.getProperty("boilerplate", ""),
                SEED.getProperty("disclaimer", "Results are those reported by the named customer; individual results vary."),
                List.of("guarantee", "guaranteed", "best-in-class", "world-class", "revolutionary", "unbeatable"),
                List.of(), Instant.now())));
    }

    /** A partner's kit, seeded from its directory entry on first use; empty for an unknown partner. */
    @Override
    public Optional<BrandKit> partner(String partnerId) {
        Optional<BrandKit> kit = find(partnerId);
        if (kit.isPresent()) {
            return kit;
        }
        return partners.find(partnerId).map(p -> seed(seedFor(p)));
    }

    @Override
    public Optional<BrandKit> find(String id) {
        return jdbc.sql("SELECT * FROM studio_brand_kit WHERE id = ?").param(id).query((rs, row) -> new BrandKit(
                rs.getString("id"), rs.getString("partner_id"), rs.getString("name"), rs.getString("logo_url"),
                rs.getString("primary_colour"), rs.getString("accent_colour"), rs.getString("voice"),
                rs.getString("boilerplate"), rs.getString("disclaimer"), json.readValue(rs.getString("banned_terms"), STRINGS),
                json.readValue(rs.getString("required_phrases"), STRINGS), rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    /** Creates or replaces a kit; the id decides whether it is the vendor's or a partner's. */
    @Override
    public BrandKit save(BrandKit kit) {
        BrandKit valid = validate(kit);
        int updated = jdbc.sql("UPDATE studio_brand_kit SET name = ?, logo_url = ?, primary_colour = ?, accent_colour = ?, "
                + "voice = ?, boilerplate = ?, disclaimer = ?, banned_terms = ?, required_phrases = ?, updated_at = ? "
                + "WHERE id = ?").params(valid.name(), valid.logoUrl(), valid.primaryColour(), valid.accentColour(),
                        valid.voice(), valid.boilerplate(), valid.disclaimer(), json.writeValueAsString(valid.bannedTerms()),
                        json.writeValueAsString(valid.requiredPhrases()), Timestamp.from(valid.updatedAt()), valid.id())
                .update();
        if (updated == 0) {
            insert(valid);
        }
        return valid;
    }

    private BrandKit seed(BrandKit kit) {
        try {
            insert(kit);
            return kit;
        } catch (DuplicateKeyException race) {
            return find(kit.id()).orElseThrow();
        }
    }

    private void insert(BrandKit k) {
        jdbc.sql("INSERT INTO studio_brand_kit (id, partner_id, name, logo_url, primary_colour, accent_colour, voice, "
                + "boilerplate, disclaimer, banned_terms, required_phrases, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(k.id(), k.partnerId(), k.name(), k.logoUrl(), k.primaryColour(), k.accentColour(), k.voice(),
                        k.boilerplate(), k.disclaimer(), json.writeValueAsString(k.bannedTerms()),
                        json.writeValueAsString(k.requiredPhrases()), Timestamp.from(k.updatedAt()))
                .update();
    }

    private static BrandKit seedFor(Partner p) {
        String about = p.description() == null || p.description().isBlank() ? p.name() + " is a " + DEFAULT_VENDOR + " partner."
                : p.description();
        return new BrandKit(p.id(), p.id(), p.name(), null, "#0f5132", "#198754",
                "Helpful and specific, as a trusted local adviser.", about, "", List.of(), List.of(), Instant.now());
    }

    private BrandKit validate(BrandKit kit) {
        if (kit.id() == null || kit.id().isBlank()) {
            throw new IllegalArgumentException("A brand kit needs an id: 'vendor' or a partner id");
        }
        boolean vendor = BrandKit.VENDOR.equals(kit.id());
        if (!vendor && partners.find(kit.id()).isEmpty()) {
            throw new NoSuchElementException("No partner " + kit.id());
        }
        require(kit.name(), "name", 300);
        for (String colour : new String[] {kit.primaryColour(), kit.accentColour()}) {
            if (colour == null || !COLOUR.matcher(colour).matches()) {
                throw new IllegalArgumentException("Colours must be #rrggbb, got '" + colour + "'");
            }
        }
        if (kit.logoUrl() != null && !kit.logoUrl().isBlank()) {
            // only https logos: a logo is fetched by browsers that open the asset, never by the server
            URI uri;
            try {
                uri = URI.create(kit.logoUrl());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("logoUrl is not a URL");
            }
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || kit.logoUrl().length() > 1000) {
                throw new IllegalArgumentException("logoUrl must be an https URL");
            }
        }
        require(kit.voice(), "voice", 2000);
        require(kit.boilerplate(), "boilerplate", 4000);
        if (kit.disclaimer() == null || kit.disclaimer().length() > 4000 || (vendor && kit.disclaimer().isBlank())) {
            throw new IllegalArgumentException("disclaimer is required for the vendor and at most 4000 characters");
        }
        List<String> banned = terms(kit.bannedTerms(), "bannedTerms");
        List<String> required = terms(kit.requiredPhrases(), "requiredPhrases");
        return new BrandKit(kit.id(), vendor ? null : kit.id(), kit.name().strip(),
                kit.logoUrl() == null || kit.logoUrl().isBlank() ? null : kit.logoUrl(), kit.primaryColour(),
                kit.accentColour(), kit.voice().strip(), kit.boilerplate().strip(), kit.disclaimer().strip(), banned,
                required, Instant.now());
    }

    private static void require(String value, String name, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(name + " is required and at most " + max + " characters");
        }
    }

    private static List<String> terms(List<String> terms, String name) {
        List<String> clean = terms == null ? List.of()
                : terms.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).distinct().toList();
        if (clean.size() > 50 || clean.stream().anyMatch(t -> t.length() > 100)) {
            throw new IllegalArgumentException(name + ": at most 50 entries of at most 100 characters");
        }
        return clean;
    }
}
