package uk.steppingstones.query;

/**
 * The command was asked for something that cannot be: an unknown option, a folder that is not a
 * lake, a night that never ran. Its message is the one line the user sees (exit status 2).
 */
final class BadInput extends IllegalArgumentException {
  BadInput(String message) {
    super(message);
  }
}
