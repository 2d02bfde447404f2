package org.parley.coding;

/** A dictionary file that cannot be read or has a malformed entry; the message names file and line. */
public class DictionaryException extends RuntimeException {
  public DictionaryException(String message) {
    super(message);
  }

  public DictionaryException(String message, Throwable cause) {
    super(message, cause);
  }
}
