package com.consort.knowledge;

import java.util.Locale;

/** Where an opportunity stands: won, lost, or still open. */
public enum Outcome {
    WON, LOST, OPEN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * From a CRM's "Won" flag when it has one, else from the stage: "Closed Won" and HubSpot's "closedwon"
     * are won, any other closed or lost stage is lost, anything else is open.
     */
    public static Outcome of(String wonFlag, String stage) {
        String s = stage == null ? "" : stage.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
        Boolean won = flag(wonFlag);
        if (Boolean.TRUE.equals(won) || s.contains("won")) {
            return WON;
        }
        if (s.contains("lost") || s.contains("closed")) {
            return LOST;
        }
        // a "Won = false" on a deal whose stage says nothing means a lost deal only when the stage is empty
        return Boolean.FALSE.equals(won) && s.isEmpty() ? LOST : OPEN;
    }

    static Boolean flag(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "won" -> Boolean.TRUE;
            case "false", "no", "n", "0" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("Won must be true or false, got '" + raw.strip() + "'");
        };
    }
}
