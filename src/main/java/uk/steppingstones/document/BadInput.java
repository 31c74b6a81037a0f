package uk.steppingstones.document;

/** Input the report cannot be written from; its message is the one line the user sees. */
public final class BadInput extends RuntimeException {
  public BadInput(String message) {
    super(message, null, false, false);
  }
}
