package com.consort.studio.internal;

import com.consort.studio.AssetType;
import com.consort.studio.Fact;
import com.consort.studio.Story;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Offline mode: the copy of each section made of the story's facts and sentences, joined with fixed
 * connecting words that carry no claim of their own. Numbers, names and quotes appear only as the
 * story states them.
 */
final class OfflineCopy {

    static final int X_LIMIT = 280;

    private OfflineCopy() {
    }

    static Map<String, String> write(AssetType type, Story story, Brands brands) {
        var f = new Facts(story, brands);
        Map<String, String> s = new LinkedHashMap<>();
        switch (type) {
            case ONE_PAGER -> {
                s.put("headline", f.title);
                s.put("intro", f.intro());
                storySections(s, f);
                s.put("cta", f.cta());
            }
            case LANDING_PAGE -> {
                s.put("headline", f.title);
                s.put("subheadline", f.intro());
                storySections(s, f);
                s.put("cta", f.cta());
            }
            case BLOG_POST -> {
                s.put("title", f.title);
                s.put("intro", f.intro());
                storySections(s, f);
                s.put("closing", (f.first("next_step") + " " + f.cta()).strip());
            }
            case EMAIL -> {
                s.put("subject_a", fit(f.title, 78, f.customer + ": a customer story"));
                String result = f.first("result");
                s.put("subject_b", fit(f.customer + ": " + lowerFirst(trimStop(result)), 78, f.customer + " and " + f.vendor));
                s.put("subject_c", fit("How " + f.deliveredBy() + " helped " + f.customer, 78, "A story from " + f.vendor));
                List<String> body = new ArrayList<>();
                body.add("Hello,");
                body.add((f.first("challenge") + " " + f.first("solution")).strip());
                if (!f.all("result").isEmpty()) {
                    body.add("The results:\n" + String.join("\n", f.all("result").stream().map(r -> "- " + r).toList()));
                }
                if (!f.quote.isEmpty()) {
                    body.add("“" + f.quote + "” — " + f.attribution);
                }
                s.put("body", String.join("\n\n", body));
                s.put("cta", "Reply to this email to talk to " + f.sender() + " about doing the same.");
            }
            case SOCIAL -> {
                List<String> post = new ArrayList<>();
                post.add(f.title);
                post.add(f.first("challenge"));
                if (!f.all("result").isEmpty()) {
                    post.add(String.join("\n", f.all("result").stream().map(r -> "✔ " + r).toList()));
                }
                post.add(brands.coBranded() ? brands.partner().name() + " and " + f.vendor + " made it happen."
                        : "Delivered with " + f.vendor + ".");
                post.add(hashtags(f));
                s.put("linkedin", String.join("\n\n", post.stream().filter(p -> !p.isBlank()).toList()));
                String names = brands.coBranded() ? " — " + brands.partner().name() + " × " + f.vendor : " — " + f.vendor;
                String x = f.title + names + " " + hashtags(f);
                if (x.length() > X_LIMIT) {
                    x = f.title + names;
                }
                s.put("x", x.length() > X_LIMIT ? x.substring(0, X_LIMIT - 1) + "…" : x);
            }
        }
        return s;
    }

    /** The story sections the one-pager, landing page and blog post share, in their order. */
    private static void storySections(Map<String, String> s, Facts f) {
        s.put("challenge", f.joined("challenge", " "));
        s.put("solution", f.joined("solution", " "));
        s.put("results", f.joined("result", "\n"));
        s.put("quote", f.quote);
        s.put("quote_attribution", f.attribution);
    }

    private static String hashtags(Facts f) {
        String industry = f.first("industry").replaceAll("[^\\p{L}\\p{N}]", "");
        return "#" + f.vendor.replaceAll("[^\\p{L}\\p{N}]", "") + (industry.isEmpty() ? "" : " #" + industry);
    }

    private static String fit(String text, int max, String fallback) {
        return text.length() <= max ? text : fallback;
    }

    private static String trimStop(String s) {
        return s.replaceAll("[.!]+$", "");
    }

    private static String lowerFirst(String s) {
        if (s.isEmpty() || (s.length() > 1 && Character.isUpperCase(s.charAt(1)))) {
            return s;
        }
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    /** The story's facts as the offline copy uses them. */
    private static final class Facts {
        final Story story;
        final Brands brands;
        final String vendor;
        final String title;
        final String customer;
        final String quote;
        final String attribution;

        Facts(Story story, Brands brands) {
            this.story = story;
            this.brands = brands;
            this.vendor = brands.vendor().name();
            this.title = story.title() == null ? "" : story.title();
            this.customer = first("customer");
            // the customer's own voice first, the partner's otherwise
            Fact q = story.all("quote").stream().filter(x -> x.detail() != null && !customer.isEmpty()
                    && x.detail().endsWith(customer)).findFirst()
                    .orElse(story.all("quote").stream().findFirst().orElse(null));
            this.quote = q == null ? "" : q.value();
            this.attribution = q == null || q.detail() == null ? "" : q.detail();
        }

        String first(String field) {
            return story.first(field).orElse("");
        }

        List<String> all(String field) {
            return story.all(field).stream().map(Fact::value).toList();
        }

        String joined(String field, String separator) {
            return String.join(separator, all(field));
        }

        String deliveredBy() {
            String partner = first("partner");
            return partner.isEmpty() ? vendor : partner;
        }

        String sender() {
            return brands.coBranded() ? brands.partner().name() : vendor;
        }

        String intro() {
            List<String> where = new ArrayList<>();
            if (!first("headquarters").isEmpty()) {
                where.add(first("headquarters"));
            }
            if (!first("country").isEmpty()) {
                where.add(first("country"));
            }
            StringBuilder s = new StringBuilder(customer.isEmpty() ? "The customer" : customer);
            if (!first("industry").isEmpty()) {
                s.append(" (").append(first("industry")).append(where.isEmpty() ? "" : ", " + String.join(", ", where))
                        .append(")");
            }
            List<String> products = all("product");
            s.append(products.isEmpty() ? " works with " + vendor : " runs " + and(products));
            List<String> integrations = all("integration");
            if (!integrations.isEmpty()) {
                s.append(", connected to ").append(and(integrations));
            }
            String partner = first("partner");
            if (!partner.isEmpty()) {
                s.append(", with ").append(partner).append(" as its partner");
                String role = first("partner_role");
                if (!role.isEmpty()) {
                    s.append(" (").append(role.toLowerCase(Locale.ROOT)).append(")");
                }
            }
            return s.append('.').toString();
        }

        String cta() {
            return "Talk to " + sender() + " about what " + vendor + " can do for your teams.";
        }

        private static String and(List<String> items) {
            if (items.size() == 1) {
                return items.get(0);
            }
            return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
        }
    }
}
