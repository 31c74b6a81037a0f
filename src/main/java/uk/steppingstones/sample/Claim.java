package uk.steppingstones.sample;

import java.time.LocalDate;

/**
 * A Target Achievement Form's claim: a step down (STEPDOWN), a cost avoidance (AVOID) or an
 * avoidance of increased cost (AVOIDINC). Categories are null where the claim type has none.
 */
record Claim(Form form, String type, LocalDate eventDate, String from, String to, String avoided) {}
